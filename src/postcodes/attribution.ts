/**
 * OS Code-Point Open's required statement (OGL v3), as the data's README
 * gives it for the October 2025 release. A new release changes the years.
 */
export const POSTCODE_ATTRIBUTION =
  "Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright and database right 2025.";

/** ONS's statement for ward codes, names and boroughs. */
export const WARD_LIST_ATTRIBUTION =
  "Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2024.";

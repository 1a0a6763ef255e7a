import type { SyncReport, WardOutcome } from "./run.ts";

/*
 * The end-of-run summary an author or web team reads in the terminal: counts
 * first, then one block per thing that needs a person (conflicts, roles to
 * check, failures, unmatched ids and unlisted wards).
 */

export function formatReport(report: SyncReport): string {
  const count = (status: WardOutcome["status"]) => report.outcomes.filter((o) => o.status === status).length;
  const withConflicts = report.outcomes.filter((o) => o.conflicts.length > 0);
  const failed = report.outcomes.filter((o) => o.status === "failed");
  const seconds = report.elapsedMs / 1000;
  const lines: string[] = [];
  const verb = report.dryRun ? "Would sync" : "Synced";
  lines.push(
    `${verb} ${report.outcomes.length - failed.length} of ${report.outcomes.length} ${report.force} neighbourhoods in ${seconds.toFixed(1)} s (${report.requests} requests, ${(report.requests / Math.max(seconds, 0.001)).toFixed(1)} a second)${report.dryRun ? "; dry run: nothing was written" : ""}.`,
  );
  lines.push(
    `${report.dryRun ? "Would update" : "Updated"} ${count("updated")}, unchanged ${count("unchanged")}, ${report.dryRun ? "would create" : "created"} ${count("created")}, conflicts in ${withConflicts.length}, failed ${failed.length}.`,
  );

  if (report.dryRun) {
    for (const outcome of report.outcomes) if (outcome.diff) lines.push("", outcome.diff.trimEnd());
  }

  if (withConflicts.length > 0) {
    lines.push("", "Conflicts: you changed these fields and data.police.uk changed them too. Your version was kept.");
    for (const outcome of withConflicts) {
      lines.push(`  ${outcome.file ?? outcome.id}`);
      for (const conflict of outcome.conflicts) {
        lines.push(`    ${conflict.field}`);
        lines.push(`      yours:            ${show(conflict.yours, "(you deleted it)")}`);
        lines.push(`      data.police.uk:   ${show(conflict.theirs, "(no longer listed)")}`);
      }
    }
  }

  const flagged = report.outcomes.filter((o) => o.roleFlags.length > 0);
  if (flagged.length > 0) {
    lines.push("", "Roles to check: data.police.uk does not say who is dedicated to a ward. Edit role if this is wrong.");
    for (const outcome of flagged) {
      lines.push(`  ${outcome.file ?? outcome.id}`);
      for (const flag of outcome.roleFlags) lines.push(`    ${flag.name} (${flag.rank}): ${flag.reason}`);
    }
  }

  const noted = report.outcomes.filter((o) => o.notes.length > 0 && o.status !== "failed");
  if (noted.length > 0) {
    lines.push("", "Left out or shortened (the ward schema would not accept it as it is):");
    for (const outcome of noted) {
      lines.push(`  ${outcome.file ?? outcome.id}`);
      for (const note of outcome.notes) lines.push(`    ${note}`);
    }
  }

  if (failed.length > 0) {
    lines.push("", "Failed (nothing was written for these wards):");
    for (const outcome of failed) lines.push(`  ${outcome.id} ${outcome.name}${outcome.file ? ` (${outcome.file})` : ""}: ${outcome.reason ?? "unknown"}`);
  }
  if (report.unmatched.length > 0) {
    lines.push("", "Neighbourhoods that match no ward file:");
    for (const n of report.unmatched) lines.push(`  ${n.id} ${n.name}: ${n.reason}`);
  }
  if (report.unlisted.length > 0) {
    lines.push("", `Wards that ${report.force} does not list (left as they are):`);
    for (const w of report.unlisted) lines.push(`  ${w.name} (${w.code}, ${w.file})`);
  }
  return lines.join("\n");
}

function show(value: unknown, none: string): string {
  if (value === undefined) return none;
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

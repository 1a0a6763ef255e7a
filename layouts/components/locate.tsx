/**
 * "Use my location": hidden in the HTML, shown by the script
 * (assets/js/find/locate.ts) only where the browser has geolocation. The
 * browser asks permission only when the button is pressed. The result goes
 * in the polite live region. Styles: assets/css/components/locate.css.
 */
export function Locate() {
  return (
    <div class="sn-locate" data-locate hidden>
      <button type="button" class="sn-button sn-button--secondary sn-locate__button" data-locate-button>
        Use my location
      </button>
      <p class="sn-locate__privacy">
        Your browser will ask you first. Your position stays on this device: this page works out your ward itself and
        does not send your position anywhere.
      </p>
      <div class="sn-locate__result" role="status" data-locate-status></div>
    </div>
  );
}

/**
 * A d3-geo path context that writes whole units, relative after the first
 * point, and drops repeated points. It keeps the rings it wrote, so a label can
 * be placed on what is drawn (clipped to the frame) without a second pass.
 */
export class CompactPath {
  private d = "";
  private x = 0;
  private y = 0;
  private inLine = false;
  private ring: [number, number][] = [];
  rings: [number, number][][] = [];

  moveTo(x: number, y: number): void {
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.d += `M${this.x} ${this.y}`;
    this.inLine = false;
    this.ring = [[this.x, this.y]];
    this.rings.push(this.ring);
  }

  lineTo(x: number, y: number): void {
    const rx = Math.round(x);
    const ry = Math.round(y);
    const dx = rx - this.x;
    const dy = ry - this.y;
    if (dx === 0 && dy === 0) return;
    this.d += `${this.inLine ? (dx < 0 ? "" : " ") : "l"}${dx}${dy < 0 ? "" : " "}${dy}`;
    this.inLine = true;
    this.x = rx;
    this.y = ry;
    this.ring.push([rx, ry]);
  }

  closePath(): void {
    this.d += "z";
    this.inLine = false;
  }

  arc(): void {}
  beginPath(): void {}

  take(): { d: string; rings: [number, number][][] } {
    const taken = { d: this.d, rings: this.rings };
    this.d = "";
    this.rings = [];
    return taken;
  }
}

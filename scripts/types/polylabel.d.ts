/** polylabel 2.x ships no types. */
declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (`[outer, ...holes]`); `distance` is to the nearest edge. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number }
}

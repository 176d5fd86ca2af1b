/**
 * Colour-vision deficiency simulation for palette tests: Machado, Oliveira & Fernandes (2009), "A
 * physiologically-based model for simulation of color vision deficiency", severity 1.0 matrices,
 * applied in linear sRGB; distances are CIE76 ΔE in CIELAB (D65).
 */
const MATRICES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const

/** A simulated colour-vision deficiency. */
export type Deficiency = keyof typeof MATRICES

type Lab = [number, number, number]

function toLinear(channel: number): number {
  const value = channel / 255
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

function toLab([r, g, b]: number[]): Lab {
  const x = (0.4124 * (r ?? 0) + 0.3576 * (g ?? 0) + 0.1805 * (b ?? 0)) / 0.95047
  const y = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
  const z = (0.0193 * (r ?? 0) + 0.1192 * (g ?? 0) + 0.9505 * (b ?? 0)) / 1.08883
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/** The CIELAB colour a `#rrggbb` colour is seen as, with a deficiency or (`null`) without. */
export function perceivedLab(hex: string, deficiency: Deficiency | null): Lab {
  const rgb = [1, 3, 5].map((start) => toLinear(Number.parseInt(hex.slice(start, start + 2), 16)))
  if (deficiency === null) return toLab(rgb)
  const matrix = MATRICES[deficiency]
  const simulated = matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, factor, index) => sum + factor * (rgb[index] ?? 0), 0),
      ),
    ),
  )
  return toLab(simulated)
}

/** The smallest CIE76 ΔE between any two colours of a palette, as seen with the deficiency. */
export function smallestDistance(colors: readonly string[], deficiency: Deficiency | null): number {
  const labs = colors.map((hex) => perceivedLab(hex, deficiency))
  let smallest = Number.POSITIVE_INFINITY
  labs.forEach((a, i) => {
    labs.slice(i + 1).forEach((b) => {
      smallest = Math.min(smallest, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]))
    })
  })
  return smallest
}

import type { ReactElement } from 'react'
import type { LocatorPaths } from './locator-paths.ts'

/** The kabupaten with its kecamatan, the village's own district tinted and the village filled. */
export function LocatorMap({
  paths,
  label,
  width,
}: {
  paths: LocatorPaths
  label: string
  width: number
}): ReactElement {
  return (
    <svg
      className="locator-map"
      viewBox={`0 0 ${width} ${paths.height}`}
      role="img"
      aria-label={label}
      data-testid="locator-map"
    >
      <title>{label}</title>
      {paths.kecamatan.map((item) => (
        <path
          key={item.kode}
          d={item.path}
          fill={item.isCurrent ? '#d5e4f2' : '#eef1f4'}
          stroke="#9aa8b5"
          strokeWidth="0.6"
          strokeLinejoin="round"
        />
      ))}
      <path d={paths.kabupaten} fill="none" stroke="#12324f" strokeWidth="1.2" strokeLinejoin="round" />
      <path d={paths.village} fill="#c2410c" stroke="#7c2d12" strokeWidth="0.8" strokeLinejoin="round" />
      {paths.marker && (
        <circle
          cx={paths.marker.x}
          cy={paths.marker.y}
          r="9"
          fill="none"
          stroke="#c2410c"
          strokeWidth="2.4"
        />
      )}
    </svg>
  )
}

/**
 * Kelurahan receive no Dana Desa: on the Dana Desa maps they get a class of their own (their status is
 * `tidak_berlaku`), not the no-data grey and never the colour of 0. The map fill draws that status in
 * this colour (`notApplicableColor` of the choropleth fill) and the legend names it.
 */

/**
 * A pale lavender: in neither the sequential ramps nor the diverging RdBu ramp (so not "about the same"
 * on the change map) and clearly not the no-data grey.
 */
export const NOT_ELIGIBLE_COLOR = '#e4dcef'

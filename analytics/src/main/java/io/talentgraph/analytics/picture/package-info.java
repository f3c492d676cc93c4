/**
 * The talent-flow network as a picture, SVG or PNG ({@link io.talentgraph.analytics.picture.FlowPicture}), drawn
 * from the flows and balances the query API and the analytics return. SVG needs the optional JFreeSVG.
 */
package io.talentgraph.analytics.picture;

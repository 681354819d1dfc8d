/** REST resources of translation tasks: lists and matrix per article, the side-by-side workspace, review steps, XLIFF. */
package org.factdesk.server.rest.translation;

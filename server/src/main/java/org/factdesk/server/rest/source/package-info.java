/** REST resources of the source registry and its archived evidence snapshots (stored on disk by SHA-256). */
package org.factdesk.server.rest.source;

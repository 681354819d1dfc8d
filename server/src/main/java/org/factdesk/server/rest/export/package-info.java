/** Exports of approved content: PDF of the approved source (and, as they land, approved translations). */
package org.factdesk.server.rest.export;

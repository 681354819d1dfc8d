/** The live event stream (Server-Sent Events) behind screens that show "changed by" at once (issue 20). */
package org.factdesk.server.rest.live;

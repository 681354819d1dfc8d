/** RFC 9457 problem details for every error, localised by Accept-Language, never with a stack trace. */
package org.factdesk.server.problem;

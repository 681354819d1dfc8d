/** Language tags: validation, names, script and direction. */
package org.factdesk.server.rest.language;

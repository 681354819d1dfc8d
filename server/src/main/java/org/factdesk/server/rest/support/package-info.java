/** HTTP plumbing shared by the resources: body limits, strict JSON and text readers, preconditions, parameters. */
package org.factdesk.server.rest.support;

/** Staff accounts: administration by admins, and the directory editors staff articles from. */
package org.factdesk.server.rest.user;

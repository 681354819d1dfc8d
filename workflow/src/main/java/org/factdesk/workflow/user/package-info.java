/** Newsroom staff: accounts, roles, the languages a translator works into, and password hashing. */
package org.factdesk.workflow.user;

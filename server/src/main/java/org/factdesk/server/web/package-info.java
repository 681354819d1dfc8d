/** The web interface's plumbing: security headers on everything this application serves. */
package org.factdesk.server.web;

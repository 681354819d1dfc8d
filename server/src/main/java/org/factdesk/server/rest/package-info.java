/** The REST API under /api: thin resources that parse, call one service method, and map the result. */
package org.factdesk.server.rest;

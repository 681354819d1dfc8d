/** Configuration (environment variables through MicroProfile Config) and start-up: migrations, first admin, demo data. */
package org.factdesk.server.config;

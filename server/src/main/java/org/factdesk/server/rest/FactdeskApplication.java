package org.factdesk.server.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /api}; the web UI is served from {@code /}. */
@ApplicationPath("/api")
public class FactdeskApplication extends Application {}

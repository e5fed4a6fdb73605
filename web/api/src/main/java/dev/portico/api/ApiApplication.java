package dev.portico.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Version 1 of the API; a breaking change gets {@code /v2} beside it. */
@ApplicationPath("/v1")
public class ApiApplication extends Application {
}

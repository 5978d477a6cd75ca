package org.ioedc.web.live;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers of every event stream: no cache may keep it, and a reverse proxy (nginx and those that honour
 * the same header) must pass events on at once instead of buffering them.
 */
@Provider
public class StreamHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(response.getMediaType())) {
            response.getHeaders().putSingle("Cache-Control", "no-cache, no-store");
            response.getHeaders().putSingle("X-Accel-Buffering", "no");
        }
    }
}

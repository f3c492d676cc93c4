package io.talentgraph.server.internal.guide;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The guided tour (an HTML guide for {@code :guide} and {@code :play}) and the graph style (GraSS for
 * {@code :style}). Both are static, data-free text, served without login and to any origin, because Neo4j
 * Browser fetches them without credentials, and cross-origin when opened under another host name (Neo4j's own
 * CORS filter answers the preflight).
 */
@Path("/")
public final class GuideResource {

    /** Where the files live on the classpath. */
    public static final String RESOURCES = "/io/talentgraph/browser/";

    /** Created by Jersey, once per request. */
    public GuideResource() {
    }

    /**
     * @param uri the request, whose base address the guide's links point to
     * @return the guide, with {@code ${base}} replaced by this server's address of the mount point
     */
    @GET
    @Path("guide.html")
    public Response guide(@Context UriInfo uri) {
        String html = text("guide.html").replace("${base}", uri.getBaseUri().toString());
        return allowAnyOrigin(Response.ok(html, "text/html; charset=utf-8")).build();
    }

    /** @return the graph style */
    @GET
    @Path("talentgraph.grass")
    public Response style() {
        return allowAnyOrigin(Response.ok(text("talentgraph.grass"), "text/plain; charset=utf-8")).build();
    }

    private static Response.ResponseBuilder allowAnyOrigin(Response.ResponseBuilder response) {
        return response.header("Access-Control-Allow-Origin", "*").header("Cache-Control", "no-cache");
    }

    /**
     * @param name a file next to the guide
     * @return its text
     */
    public static String text(String name) {
        try (InputStream in = GuideResource.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCES + name + " in the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

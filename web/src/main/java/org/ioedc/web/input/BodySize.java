package org.ioedc.web.input;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The size limit of a JSON request body. The largest real request, a form save of a tumour assessment with
 * every lesion, is a few kilobytes; a megabyte leaves room for any form while a client cannot make the server
 * hold and parse fifty. A body without Content-Length (chunked) is counted while it is read.
 */
final class BodySize {

    static final int LIMIT = 1024 * 1024;

    /**
     * How much of an oversized body is read and dropped before answering 413: a client still sending when the
     * answer comes sees its connection reset instead of the answer (the reason of Tomcat's maxSwallowSize).
     * Beyond this the connection is given up, as reading more would cost the server what the limit saves.
     */
    static final long SWALLOW = 8L * LIMIT;

    private BodySize() {
    }

    static byte[] read(MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        String declared = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.strip().matches("\\d+")
                && (declared.strip().length() > 9 || Long.parseLong(declared.strip()) > LIMIT)) {
            throw tooLarge(body);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            if (out.size() + n > LIMIT) {
                throw tooLarge(body);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static WebApplicationException tooLarge(InputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        for (int n = body.read(buffer); n >= 0 && dropped < SWALLOW; n = body.read(buffer)) {
            dropped += n;
        }
        return new WebApplicationException("A JSON request body may hold at most " + LIMIT + " bytes (1 MiB)",
                Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}

package org.ioedc.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether an Origin or Referer names this server: the host and port the browser addressed (the Host
 * header), or one of the origins listed in {@code edc.security.origins} (EDC_SECURITY_ORIGINS, comma
 * separated, e.g. {@code https://edc.example.org}) for a reverse proxy that rewrites Host.
 */
@ApplicationScoped
public class OwnOrigin {

    @Inject
    @ConfigProperty(name = "edc.security.origins")
    private Optional<String> configured;

    private Set<String> listed;

    public boolean matches(String source, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(source.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null", an opaque origin of a sandboxed frame or a file
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 || uri.getPort() == defaultPort(scheme)
                ? "" : ":" + uri.getPort());
        if (listed().contains(scheme + "://" + authority)) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && authority.equals(withoutDefaultPort(host.trim().toLowerCase(Locale.ROOT), scheme));
    }

    private Set<String> listed() {
        if (listed == null) {
            listed = configured.map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT).replaceAll("/+$", "")).collect(Collectors.toSet())).orElse(Set.of());
        }
        return listed;
    }

    private static String withoutDefaultPort(String host, String scheme) {
        String suffix = ":" + defaultPort(scheme);
        return host.endsWith(suffix) ? host.substring(0, host.length() - suffix.length()) : host;
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}

package ma.mocharaka.platform.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends hostile input to every handler an app has, found from its {@link RequestMappingHandlerMapping} so that new
 * endpoints are covered without anyone listing them. Form fields and JSON bodies are derived from the handler's
 * parameters (request parameters, form records, request bodies): every variant keeps the other fields valid, so the
 * hostile value travels as deep as the application lets it. A finding is a 5xx (or an exception escaping MockMvc)
 * or an HTML page echoing a script tag unescaped.
 */
public final class HostileRequests {

    public static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SCRIPT_ECHO = "<script>alert";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    private final MockMvc mvc;
    private final RequestMappingHandlerMapping mappings;
    private final Map<String, String> knownPathValues;
    private final Function<String, RequestPostProcessor> signIn;
    private Predicate<String> destructive = path -> false;
    private final List<String> findings = new ArrayList<>();
    private final List<String> slow = new ArrayList<>();
    private int sent;

    /**
     * @param knownPathValues values for path variables that must name something real (the commune, a program)
     * @param signIn          who to be for a given URL (a token for APIs, a browser login for pages)
     */
    public HostileRequests(MockMvc mvc, RequestMappingHandlerMapping mappings, Map<String, String> knownPathValues,
                           Function<String, RequestPostProcessor> signIn) {
        this.mvc = mvc;
        this.mappings = mappings;
        this.knownPathValues = knownPathValues;
        this.signIn = signIn;
    }

    /** Handlers whose patterns match only get ids that name nothing, so the sweep cannot erase shared demo data. */
    public HostileRequests destructive(Predicate<String> pattern) {
        this.destructive = pattern;
        return this;
    }

    public List<String> findings() {
        return findings;
    }

    public List<String> slow() {
        return slow;
    }

    public int sent() {
        return sent;
    }

    public List<Endpoint> endpoints(Predicate<HttpMethod> methods) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getName().startsWith("ma.mocharaka")) {
                continue;
            }
            Set<HttpMethod> declared = new LinkedHashSet<>();
            entry.getKey().getMethodsCondition().getMethods().forEach(m -> declared.add(HttpMethod.valueOf(m.name())));
            if (declared.isEmpty()) {
                declared.add(HttpMethod.GET);
                declared.add(HttpMethod.POST);
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (HttpMethod method : declared) {
                    if (methods.test(method)) {
                        endpoints.add(new Endpoint(method, pattern, handler));
                    }
                }
            }
        }
        endpoints.sort((a, b) -> (a.pattern + a.method).compareTo(b.pattern + b.method));
        return endpoints;
    }

    /** Every POST, PUT, PATCH and DELETE handler with every variant of its form or body. */
    public void probeWrites() {
        for (Endpoint endpoint : endpoints(m -> m != HttpMethod.GET && m != HttpMethod.HEAD && m != HttpMethod.OPTIONS)) {
            Inputs inputs = Inputs.of(endpoint.handler);
            boolean erases = endpoint.method == HttpMethod.DELETE || destructive.test(endpoint.pattern);
            if (!erases) {
                String url = expand(endpoint, "existing");
                for (Variant variant : Variant.ALL) {
                    send(endpoint, url, variant.label, inputs.build(endpoint.method, url, variant));
                }
                if (inputs.body == null) {
                    send(endpoint, url, "duplicated", inputs.duplicated(endpoint.method, url));
                    send(endpoint, url, "json-instead-of-form", request(endpoint.method, url)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"x\":\"" + SCRIPT + "\"}"));
                } else {
                    for (Map.Entry<String, ? extends AbstractMockHttpServletRequestBuilder<?>> raw : inputs.rawBodies(endpoint.method, url).entrySet()) {
                        send(endpoint, url, raw.getKey(), raw.getValue());
                    }
                }
            }
            for (String absurd : List.of("absurd", "negative", "not-a-number", "overflow")) {
                String url = expand(endpoint, absurd);
                if (url != null) {
                    send(endpoint, url, "id " + absurd, inputs.build(endpoint.method, url, Variant.BASELINE));
                    send(endpoint, url, "id " + absurd + ", nothing", inputs.build(endpoint.method, url, Variant.ABSENT));
                }
            }
        }
    }

    /** Every GET handler with hostile query parameters: paging, sorting, language, search text, its own parameters. */
    public void probeReads(Predicate<String> skip) {
        for (Endpoint endpoint : endpoints(m -> m == HttpMethod.GET)) {
            if (skip.test(endpoint.pattern)) {
                continue;
            }
            Inputs inputs = Inputs.of(endpoint.handler);
            String url = expand(endpoint, "existing");
            send(endpoint, url, "plain", request(HttpMethod.GET, url));
            send(endpoint, url, "paging", request(HttpMethod.GET, url).param("page", "-1").param("size", "100000")
                    .param("sort", "unknown,desc").param("lang", "xx"));
            send(endpoint, url, "far page", request(HttpMethod.GET, url).param("page", "999999999").param("size", "-5")
                    .param("sort", "id;drop table x").param("lang", "<script>"));
            for (Variant variant : List.of(Variant.BASELINE, Variant.SCRIPT, Variant.LIKE, Variant.NUL, Variant.LONG,
                    Variant.NEGATIVE, Variant.HUGE, Variant.INT_MAX, Variant.NOT_A_NUMBER, Variant.BAD_DATE,
                    Variant.EXTREME_DATE, Variant.UNKNOWN_ENUM, Variant.EMPTY)) {
                MockHttpServletRequestBuilder get = request(HttpMethod.GET, url);
                inputs.params(variant).forEach((name, values) -> get.param(name, values.toArray(String[]::new)));
                send(endpoint, url, variant.label, get);
            }
            for (String absurd : List.of("absurd", "negative", "not-a-number", "overflow")) {
                String wrong = expand(endpoint, absurd);
                if (wrong != null) {
                    send(endpoint, wrong, "id " + absurd, request(HttpMethod.GET, wrong));
                }
            }
        }
    }

    private void send(Endpoint endpoint, String url, String variant, AbstractMockHttpServletRequestBuilder<?> builder) {
        String label = endpoint.method + " " + endpoint.pattern + " [" + variant + "] " + abbreviate(url);
        RequestPostProcessor who = signIn.apply(url);
        if (who != null) {
            builder.with(who);
        }
        sent++;
        long started = System.nanoTime();
        try {
            MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                findings.add(label + " -> " + response.getStatus() + " " + abbreviate(response.getErrorMessage() + " "
                        + response.getContentAsString()));
            }
            String type = response.getContentType();
            if (type != null && type.contains("html") && response.getContentAsString().toLowerCase(Locale.ROOT)
                    .contains(SCRIPT_ECHO)) {
                findings.add(label + " -> an unescaped <script> in the page");
            }
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            findings.add(label + " -> " + e.getClass().getSimpleName() + ": " + abbreviate(root.getClass().getName()
                    + ": " + root.getMessage()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > 3_000) {
            slow.add(label + " took " + millis + " ms");
        }
    }

    /** The URL with its path variables filled; null when the pattern has no id that could be absurd. */
    private String expand(Endpoint endpoint, String idKind) {
        Matcher matcher = PATH_VARIABLE.matcher(endpoint.pattern);
        StringBuilder url = new StringBuilder();
        boolean hasId = false;
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (knownPathValues.containsKey(name)) {
                value = knownPathValues.get(name);
            } else {
                hasId = true;
                boolean numeric = isNumeric(endpoint.handler, name);
                value = switch (idKind) {
                    case "existing" -> numeric ? "1" : "x";
                    case "absurd" -> numeric ? "999999999999" : "no-such-thing";
                    case "negative" -> numeric ? "-1" : "%2e%2e";
                    case "not-a-number" -> "abc";
                    default -> numeric ? "99999999999999999999999" : "x".repeat(300);
                };
            }
            matcher.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(url);
        return hasId || idKind.equals("existing") ? url.toString() : null;
    }

    private static boolean isNumeric(HandlerMethod handler, String variable) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
            if (annotation != null) {
                String name = !annotation.value().isEmpty() ? annotation.value()
                        : !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
                if (variable.equals(name)) {
                    return Kind.of(parameter.getParameterType()) == Kind.NUMBER;
                }
            }
        }
        // An id used only by a security rule or another handler of the same path: assume a number.
        return true;
    }

    private static String abbreviate(String text) {
        String flat = String.valueOf(text).replace('\n', ' ').replace("\u0000", "\\0");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    public record Endpoint(HttpMethod method, String pattern, HandlerMethod handler) {
    }

    enum Kind {
        TEXT, NUMBER, DATE, DATE_TIME, TIME, BOOLEAN, ENUM, FILE;

        static Kind of(Class<?> type) {
            if (type == String.class || type == Character.class || type == char.class || CharSequence.class.isAssignableFrom(type)) {
                return TEXT;
            }
            if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
                return NUMBER;
            }
            if (type == boolean.class || type == Boolean.class) {
                return BOOLEAN;
            }
            if (type == LocalDate.class) {
                return DATE;
            }
            if (type == LocalTime.class) {
                return TIME;
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return DATE_TIME;
            }
            if (type.isEnum()) {
                return ENUM;
            }
            if (MultipartFile.class.isAssignableFrom(type)) {
                return FILE;
            }
            return null;
        }
    }

    /** One hostile variant: what each kind of field receives; a kind it does not name keeps a valid value. */
    record Variant(String label, Map<Kind, String> values, boolean absent) {

        static final Variant BASELINE = new Variant("baseline", Map.of(), false);
        static final Variant ABSENT = new Variant("every field absent", Map.of(), true);
        static final Variant LONG = text("100 kB", "x".repeat(100_000));
        static final Variant NUL = text("NUL byte", "Hostile\u0000probe");
        static final Variant BIDI = text("bidi override", "\u202Eprobe\u202C \u2067x\u2069\u200F");
        static final Variant SCRIPT = text("script tag", HostileRequests.SCRIPT);
        static final Variant SQL = text("SQL", "x'); DROP TABLE news; -- ' OR '1'='1");
        static final Variant LIKE = text("LIKE wildcards", "%_\\%' \\");
        static final Variant BLANK = text("blank", "   \t\n ");
        static final Variant NEGATIVE = number("negative", "-1");
        static final Variant HUGE = number("huge", "99999999999999999999999");
        static final Variant INT_MAX = number("int max", "2147483647");
        static final Variant NOT_A_NUMBER = number("not a number", "abc");
        static final Variant BAD_DATE = new Variant("2026-02-30", Map.of(Kind.DATE, "2026-02-30",
                Kind.DATE_TIME, "2026-02-30T25:61", Kind.TIME, "25:61"), false);
        static final Variant EXTREME_DATE = new Variant("year 999999999", Map.of(Kind.DATE, "+999999999-12-31",
                Kind.DATE_TIME, "+999999999-12-31T10:00", Kind.TIME, "23:59:59.999999999"), false);
        static final Variant UNKNOWN_ENUM = new Variant("unknown choice", Map.of(Kind.ENUM, "NOT_A_VALUE",
                Kind.BOOLEAN, "maybe"), false);
        static final Variant EMPTY = new Variant("empty strings", Map.of(Kind.TEXT, "", Kind.NUMBER, "",
                Kind.DATE, "", Kind.DATE_TIME, "", Kind.TIME, "", Kind.BOOLEAN, "", Kind.ENUM, ""), false);

        static final List<Variant> ALL = List.of(BASELINE, ABSENT, LONG, NUL, BIDI, SCRIPT, SQL, LIKE, BLANK,
                NEGATIVE, HUGE, INT_MAX, NOT_A_NUMBER, BAD_DATE, EXTREME_DATE, UNKNOWN_ENUM, EMPTY);

        static Variant text(String label, String value) {
            return new Variant(label, Map.of(Kind.TEXT, value), false);
        }

        static Variant number(String label, String value) {
            return new Variant(label, Map.of(Kind.NUMBER, value), false);
        }
    }

    /** A field a handler reads, by its request parameter name (nested ones dotted) and kind. */
    record Field(String name, Kind kind, Class<?> type, boolean many) {

        String baseline() {
            return switch (kind) {
                case TEXT -> "Hostile probe";
                case NUMBER -> "1";
                case DATE -> LocalDate.now().plusDays(30).toString();
                case DATE_TIME -> LocalDateTime.now().plusDays(30).withNano(0).withSecond(0).toString();
                case TIME -> "10:00";
                case BOOLEAN -> "true";
                case ENUM -> type.getEnumConstants().length == 0 ? "X" : ((Enum<?>) type.getEnumConstants()[0]).name();
                case FILE -> "";
            };
        }

        String value(Variant variant) {
            return variant.values.getOrDefault(kind, baseline());
        }
    }

    /** What a handler reads: request parameters and form fields, or a JSON body. */
    static final class Inputs {

        final List<Field> fields = new ArrayList<>();
        Class<?> body;

        static Inputs of(HandlerMethod handler) {
            Inputs inputs = new Inputs();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestHeader.class)
                        || parameter.hasParameterAnnotation(CookieValue.class)
                        || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
                    continue;
                }
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    inputs.body = type;
                    continue;
                }
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
                if (param != null || part != null) {
                    if (Map.class.isAssignableFrom(type)) {
                        continue;
                    }
                    String name = param != null ? (!param.value().isEmpty() ? param.value() : param.name())
                            : (!part.value().isEmpty() ? part.value() : part.name());
                    if (name.isEmpty()) {
                        name = parameter.getParameterName();
                    }
                    ResolvableType resolvable = ResolvableType.forMethodParameter(parameter);
                    boolean many = Collection.class.isAssignableFrom(type) || type.isArray();
                    Class<?> element = many ? (type.isArray() ? type.getComponentType()
                            : resolvable.asCollection().getGeneric(0).toClass()) : type;
                    Kind kind = Kind.of(element);
                    inputs.fields.add(new Field(name, kind == null ? Kind.TEXT : kind, element, many));
                    continue;
                }
                if (Kind.of(type) != null && Kind.of(type) != Kind.FILE && !type.getName().startsWith("ma.mocharaka")) {
                    // A simple value without annotation is a request parameter of that name.
                    inputs.fields.add(new Field(parameter.getParameterName(), Kind.of(type), type, false));
                    continue;
                }
                if (type.getName().startsWith("ma.mocharaka") && !type.isEnum()) {
                    collect(type, "", inputs.fields, 0);
                }
            }
            return inputs;
        }

        private static void collect(Class<?> type, String prefix, List<Field> into, int depth) {
            for (Property property : properties(type)) {
                Kind kind = Kind.of(property.type);
                if (kind != null) {
                    into.add(new Field(prefix + property.name, kind, property.type, false));
                } else if (Collection.class.isAssignableFrom(property.type) && property.element != null) {
                    Kind element = Kind.of(property.element);
                    if (element != null) {
                        into.add(new Field(prefix + property.name, element, property.element, true));
                    } else if (property.element.getName().startsWith("ma.mocharaka") && depth < 2) {
                        collect(property.element, prefix + property.name + "[0].", into, depth + 1);
                    }
                } else if (property.type.getName().startsWith("ma.mocharaka") && depth < 2) {
                    collect(property.type, prefix + property.name + ".", into, depth + 1);
                }
            }
        }

        record Property(String name, Class<?> type, Class<?> element) {
        }

        private static List<Property> properties(Class<?> type) {
            List<Property> properties = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    ResolvableType resolvable = ResolvableType.forType(component.getGenericType());
                    properties.add(new Property(component.getName(), component.getType(),
                            Collection.class.isAssignableFrom(component.getType()) ? resolvable.asCollection().getGeneric(0).resolve() : null));
                }
                return properties;
            }
            for (var descriptor : BeanUtils.getPropertyDescriptors(type)) {
                if (descriptor.getWriteMethod() != null) {
                    ResolvableType resolvable = ResolvableType.forMethodParameter(descriptor.getWriteMethod(), 0);
                    properties.add(new Property(descriptor.getName(), descriptor.getPropertyType(),
                            Collection.class.isAssignableFrom(descriptor.getPropertyType()) ? resolvable.asCollection().getGeneric(0).resolve() : null));
                }
            }
            if (properties.isEmpty()) {
                Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
                String[] names = BeanUtils.getParameterNames(constructor);
                for (int i = 0; i < names.length; i++) {
                    Class<?> parameterType = constructor.getParameterTypes()[i];
                    ResolvableType resolvable = ResolvableType.forConstructorParameter(constructor, i);
                    properties.add(new Property(names[i], parameterType,
                            Collection.class.isAssignableFrom(parameterType) ? resolvable.asCollection().getGeneric(0).resolve() : null));
                }
            }
            return properties;
        }

        Map<String, List<String>> params(Variant variant) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            if (variant.absent) {
                return params;
            }
            for (Field field : fields) {
                if (field.kind != Kind.FILE) {
                    params.put(field.name, List.of(field.value(variant)));
                }
            }
            return params;
        }

        AbstractMockHttpServletRequestBuilder<?> build(HttpMethod method, String url, Variant variant) {
            if (body != null) {
                MockHttpServletRequestBuilder json = request(method, url).contentType(MediaType.APPLICATION_JSON);
                return variant.absent ? json.content("{}") : json.content(Json.of(body, variant, 0));
            }
            boolean files = fields.stream().anyMatch(f -> f.kind == Kind.FILE);
            AbstractMockHttpServletRequestBuilder<?> form;
            if (files) {
                MockMultipartHttpServletRequestBuilder upload = multipart(method, url);
                if (!variant.absent) {
                    byte[] content = variant.values.getOrDefault(Kind.TEXT, "a,b\n1,2\n").getBytes(StandardCharsets.UTF_8);
                    fields.stream().filter(f -> f.kind == Kind.FILE).forEach(f ->
                            upload.file(new MockMultipartFile(f.name, "probe.csv", "text/csv", content)));
                }
                form = upload;
            } else {
                form = request(method, url).contentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
            params(variant).forEach((name, values) -> form.param(name, values.toArray(String[]::new)));
            return form;
        }

        AbstractMockHttpServletRequestBuilder<?> duplicated(HttpMethod method, String url) {
            AbstractMockHttpServletRequestBuilder<?> form = build(method, url, Variant.BASELINE);
            for (Field field : fields) {
                if (field.kind != Kind.FILE) {
                    form.param(field.name, SCRIPT, "-1");
                }
            }
            return form;
        }

        Map<String, MockHttpServletRequestBuilder> rawBodies(HttpMethod method, String url) {
            Map<String, MockHttpServletRequestBuilder> raw = new LinkedHashMap<>();
            raw.put("empty body", request(method, url).contentType(MediaType.APPLICATION_JSON));
            raw.put("malformed JSON", request(method, url).contentType(MediaType.APPLICATION_JSON).content("{\"a\": [1, \""));
            raw.put("JSON array", request(method, url).contentType(MediaType.APPLICATION_JSON).content("[1, 2]"));
            raw.put("JSON null", request(method, url).contentType(MediaType.APPLICATION_JSON).content("null"));
            raw.put("NUL escape in JSON", request(method, url).contentType(MediaType.APPLICATION_JSON)
                    .content(Json.of(body, Variant.BASELINE, 0).replace("Hostile probe", "Hostile\\u0000probe")));
            raw.put("wrong content type", request(method, url).contentType(MediaType.TEXT_PLAIN)
                    .content(Json.of(body, Variant.BASELINE, 0)));
            raw.put("form instead of JSON", request(method, url).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("title", SCRIPT));
            return raw;
        }
    }

    /** Just enough JSON writing for probes: numbers stay bare so that huge ones reach the parser as numbers. */
    static final class Json {

        static String of(Class<?> type, Variant variant, int depth) {
            if (!type.getName().startsWith("ma.mocharaka")) {
                return "{}";
            }
            StringBuilder json = new StringBuilder("{");
            for (Inputs.Property property : Inputs.properties(type)) {
                String value = value(property.type, property.element, variant, depth);
                if (value == null) {
                    continue;
                }
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(quote(property.name)).append(':').append(value);
            }
            return json.append('}').toString();
        }

        private static String value(Class<?> type, Class<?> element, Variant variant, int depth) {
            Kind kind = Kind.of(type);
            if (kind != null && kind != Kind.FILE) {
                String value = new Field("", kind, type, false).value(variant);
                boolean bare = (kind == Kind.NUMBER && value.matches("-?\\d+")) || (kind == Kind.BOOLEAN && value.matches("true|false"));
                return bare ? value : quote(value);
            }
            if (Collection.class.isAssignableFrom(type) && element != null) {
                String item = value(element, null, variant, depth);
                return item == null ? "[]" : "[" + item + "]";
            }
            if (type.getName().startsWith("ma.mocharaka") && depth < 2) {
                return of(type, variant, depth + 1);
            }
            return null;
        }

        static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }

    /** Findings grouped by endpoint, for a readable failure message. */
    public String summary() {
        Set<String> lines = new TreeSet<>(findings);
        return lines.size() + " findings in " + sent + " requests:\n" + String.join("\n", lines);
    }

    /**
     * A prober signed in with these authorities: a Keycloak access token for an API address, or a browser session
     * (OIDC login, with its CSRF token) for a page, as the address's security chain expects.
     */
    public static RequestPostProcessor signedIn(
            List<GrantedAuthority> authorities, boolean api) {
        if (api) {
            return SecurityMockMvcRequestPostProcessors.jwt()
                    .jwt(token -> token.subject("hostile-prober").claim("preferred_username", "hostile.prober"))
                    .authorities(authorities);
        }
        OidcIdToken idToken =
                new OidcIdToken("token", Instant.now(),
                        Instant.now().plusSeconds(600),
                        Map.of("sub", "hostile-prober", "preferred_username", "hostile.prober"));
        RequestPostProcessor login =
                SecurityMockMvcRequestPostProcessors.oidcLogin()
                        .oidcUser(new DefaultOidcUser(
                                authorities, idToken, "preferred_username"));
        return request -> SecurityMockMvcRequestPostProcessors
                .csrf().postProcessRequest(login.postProcessRequest(request));
    }
}

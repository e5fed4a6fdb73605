package dev.portico.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.access.service.AccessDeniedException;
import dev.portico.it.support.Deployments;
import dev.portico.it.support.RunAsDistributor;
import dev.portico.it.support.RunAsHrManager;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every public method of every service bean, found by the container rather than listed by hand,
 * called as an anonymous caller and as carol (HR, no permission on any module these services
 * serve; for HR's own services, dina, a distributor, who has none there), with valid-looking arguments: each must refuse ({@link AccessDeniedException} from
 * the policy, or {@link EJBAccessException} from a role list). A method that forgets its guard
 * answers or fails otherwise, and fails the build. The few methods open to every caller on
 * purpose are listed in {@link #OPEN}, each with its reason.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceGuardSweepIT {

    /** Open on purpose: bean or {@code Bean.method} → why any caller may call it. */
    static final Map<String, String> OPEN = Map.ofEntries(
            Map.entry("AccessGuard", "answers what the caller may do; asking is not doing"),
            Map.entry("AccessPolicies", "the policy in force, read by the guard itself"),
            Map.entry("AccessSubjects", "builds a caller's grants for the guard and the explainer, which check their own permission"),
            Map.entry("DirectoryReader", "reads Keycloak for the guard (territory, team); no endpoint calls it"),
            Map.entry("AccessLog.refused", "records a refusal of the caller; it must work for whoever was refused"),
            Map.entry("GrantLedger.append", "writes in the name of the caller only, for use cases that checked their own permission"),
            Map.entry("GrantExpiryTimer.schedule", "sets a timer; the expiry it triggers ends only a grant whose time is up"),
            Map.entry("IntegrationMonitor.canReplay", "asks the guard whether the caller may replay, to show the button or not"),
            Map.entry("Inbox", "the consumers' idempotency record: message-driven beans run with no caller"),
            Map.entry("FailureLog", "the consumers' failed attempts and parking: message-driven beans run with no caller"),
            Map.entry("OrderEvents", "the ERP's outbound port, called inside ERP use cases that checked their permission"),
            Map.entry("CatalogueEvents", "the ERP's outbound catalogue port, called inside the product use cases that checked products:edit"),
            Map.entry("PriceList", "the ERP's published prices (list, or a partner's agreed ones), read by the CRM's quote use case after its own check; no customer data"));

    /** Methods outside the hr package that need an HR permission (carol's): swept as dina instead. */
    static final Set<String> HR_GUARDED = Set.of("CsvImports.importEmployees", "CsvImports.importAbsences");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.porticoWithTests(ServiceGuardSweepIT.class, RunAsHrManager.class, RunAsDistributor.class);
    }

    @Inject
    private BeanManager beans;

    @EJB
    private RunAsHrManager carol;

    @EJB
    private RunAsDistributor dina;

    @Test
    void everyServiceMethodRefusesAnAnonymousCallerAndARoleWithoutItsPermission() throws Exception {
        Map<String, String> unguarded = new TreeMap<>();
        Set<String> swept = new TreeSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> beanClass = bean.getBeanClass();
            if (!isServiceBean(beanClass)) {
                continue;
            }
            for (Class<?> view : viewsOf(bean)) {
                Object service = beans.getReference(bean, view, beans.createCreationalContext(bean));
                for (Method method : view.getMethods()) {
                    String name = view.getSimpleName() + "." + method.getName();
                    if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())
                            || OPEN.containsKey(view.getSimpleName()) || OPEN.containsKey(name)) {
                        continue;
                    }
                    Object[] arguments = argumentsFor(method);
                    swept.add(name);
                    String anonymous = outcome(() -> method.invoke(service, arguments));
                    // carol holds HR's permissions (and every staff role the directory); a partner holds none of them
                    String withoutPermission = beanClass.getName().startsWith("dev.portico.hr.") || HR_GUARDED.contains(name)
                            ? outcome(() -> dina.call(() -> method.invoke(service, arguments)))
                            : outcome(() -> carol.call(() -> method.invoke(service, arguments)));
                    if (!anonymous.equals("refused") || !withoutPermission.equals("refused")) {
                        unguarded.put(name, "anonymous: " + anonymous + "; carol: " + withoutPermission);
                    }
                }
            }
        }
        assertTrue(swept.size() > 60, "the sweep found the services: " + swept);
        assertEquals(Map.of(), unguarded, "service methods that do not refuse a caller without their permission");
    }

    /** A bean of Portico's own (not a test helper, not a message consumer) that callers reach. */
    private static boolean isServiceBean(Class<?> type) {
        return type.getName().startsWith("dev.portico.") && !type.getName().startsWith("dev.portico.it.")
                && (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class));
    }

    /** Its local business interfaces, or the bean class for a no-interface view. */
    private static List<Class<?>> viewsOf(Bean<?> bean) {
        List<Class<?>> views = new ArrayList<>();
        for (Type type : bean.getTypes()) {
            if (type instanceof Class<?> view && view.isInterface() && view.isAnnotationPresent(Local.class)) {
                views.add(view);
            }
        }
        if (views.isEmpty() && !bean.getBeanClass().getPackageName().endsWith(".internal")) {
            views.add(bean.getBeanClass());
        }
        return views;
    }

    private static String outcome(Callable<?> call) {
        try {
            call.call();
            return "answered";
        } catch (Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException || t instanceof EJBAccessException) {
                    return "refused";
                }
                if (t instanceof ConstraintViolationException violation) {
                    return "not exercised, invalid arguments: " + violation.getConstraintViolations();
                }
            }
            Throwable cause = thrown instanceof InvocationTargetException target ? target.getCause() : thrown;
            return "failed otherwise: " + cause;
        }
    }

    private static Object[] argumentsFor(Method method) {
        Type[] types = method.getGenericParameterTypes();
        Object[] arguments = new Object[types.length];
        java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = valueOf(types[i], 0);
            for (java.lang.annotation.Annotation annotation : annotations[i]) {
                // A code parameter (a currency) matches its own pattern, as a legitimate caller's would.
                if (annotation instanceof jakarta.validation.constraints.Pattern pattern && pattern.regexp().contains("A-Z]{3}")) {
                    arguments[i] = "EUR";
                }
                // a quarter ("2026-Q4") likewise
                if (annotation instanceof jakarta.validation.constraints.Pattern pattern && pattern.regexp().contains("-Q[1-4]")) {
                    arguments[i] = "2026-Q4";
                }
            }
        }
        return arguments;
    }

    /** A string that passes the field's own format: a currency is three letters, a country two. */
    private static String text(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        if (name.contains("currency")) {
            return "EUR";
        }
        if (name.contains("country")) {
            return "DE";
        }
        if (name.contains("email")) {
            return "sweep@example.com";
        }
        if (name.contains("territory")) {
            return "EAST";
        }
        return "sweep";
    }

    /** A plausible, valid value of the type: what a legitimate caller might pass. */
    private static Object valueOf(Type type, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == String.class) {
            return "sweep";   // a record component gets text(name) instead
        }
        if (raw == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (raw == Instant.class) {
            return Instant.now().plusSeconds(86_400);
        }
        if (raw == LocalDate.class) {
            return LocalDate.now().plusDays(1);
        }
        if (raw == InputStream.class) {
            return new ByteArrayInputStream(new byte[0]);
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Object element = valueOf(((ParameterizedType) type).getActualTypeArguments()[0], depth + 1);
            return Set.class.isAssignableFrom(raw) ? Set.of(element) : List.of(element);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            return Map.of(valueOf(kv[0], depth + 1), valueOf(kv[1], depth + 1));
        }
        if (raw.isRecord() && depth < 4) {
            RecordComponent[] components = raw.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
                values[i] = components[i].getType() == String.class ? text(components[i].getName())
                        : valueOf(components[i].getGenericType(), depth + 1);
            }
            try {
                return raw.getDeclaredConstructor(parameterTypes).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + raw.getName(), e);
            }
        }
        return null;
    }
}

package ma.mocharaka.platform.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.ConversionException;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.WebRequest;

/**
 * A form record is built through its constructor, so one value that cannot be converted (an unknown choice, a date
 * that does not exist) leaves Spring with no form at all: the page re-shown with its errors then failed on the
 * missing form. This rebuilds the record from what was typed, each unconvertible field left empty, and keeps the
 * binding errors, so the page shows the message next to the field and everything else as it was typed.
 */
public final class FormRecords {

    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    static {
        CONVERSIONS.addFormatterForFieldType(LocalDate.class, new PlausibleDates.DateFormatter());
        CONVERSIONS.addFormatterForFieldType(LocalDateTime.class, new PlausibleDates.DateAndTimeFormatter());
    }

    private FormRecords() {
    }

    /**
     * The binding result to carry on with: the one Spring made when the form was built, otherwise one around a
     * rebuilt form (also put in the model under {@code name}) holding the same errors.
     */
    public static <T extends Record> BindingResult keepTyped(String name, T form, Class<T> type, BindingResult errors,
                                                             Model model, WebRequest request) {
        if (form != null && errors.getTarget() != null) {
            return errors;
        }
        T rebuilt = rebuild(type, request);
        BeanPropertyBindingResult repaired = new BeanPropertyBindingResult(rebuilt, name);
        repaired.addAllErrors(errors);
        model.addAttribute(name, rebuilt);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, repaired);
        return repaired;
    }

    static <T extends Record> T rebuild(Class<T> type, WebRequest request) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            String typed = request.getParameter(components[i].getName());
            Object value = null;
            if (typed != null && !typed.isBlank()) {
                try {
                    value = CONVERSIONS.convert(typed, types[i]);
                } catch (ConversionException | IllegalArgumentException unconvertible) {
                    // Left empty: the binding error already tells the user what was wrong with it.
                }
            }
            values[i] = value == null && types[i].isPrimitive() ? primitiveDefault(types[i]) : value;
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            return BeanUtils.instantiateClass(constructor, values);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record always has its canonical constructor", e);
        }
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return CONVERSIONS.convert(0, type);
    }
}

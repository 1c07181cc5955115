package ma.mocharaka.platform.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.format.Formatter;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * ISO dates as forms and JSON send them, limited to years 1 to 9999. Java accepts {@code +999999999-12-31}, which
 * PostgreSQL then refuses with a server error; a date that far away is a typing slip or a probe, so it is refused at
 * binding like any other malformed date: a field error on forms ({@code typeMismatch}), a 400 on JSON.
 */
public final class PlausibleDates {

    public static final int EARLIEST_YEAR = 1;
    public static final int LATEST_YEAR = 9999;

    private PlausibleDates() {
    }

    static <T extends TemporalAccessor> T check(T value, String text) {
        int year = value.get(ChronoField.YEAR);
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new DateTimeParseException("Year out of range: " + year, text, 0);
        }
        return value;
    }

    static LocalDate date(String text) {
        return check(LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE), text);
    }

    static LocalDateTime dateTime(String text) {
        return check(LocalDateTime.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME), text);
    }

    /** Form fields and request parameters. */
    static final class DateFormatter implements Formatter<LocalDate> {
        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            try {
                return date(text);
            } catch (DateTimeParseException e) {
                throw new ParseException(e.getMessage(), 0);
            }
        }

        @Override
        public String print(LocalDate value, Locale locale) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
        }
    }

    static final class DateAndTimeFormatter implements Formatter<LocalDateTime> {
        @Override
        public LocalDateTime parse(String text, Locale locale) throws ParseException {
            try {
                return dateTime(text);
            } catch (DateTimeParseException e) {
                throw new ParseException(e.getMessage(), 0);
            }
        }

        @Override
        public String print(LocalDateTime value, Locale locale) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
        }
    }

    /** JSON bodies: an ISO string, or null/empty for no date. */
    static final class JsonDates<T> extends ValueDeserializer<T> {

        private final Class<T> type;
        private final Function<String, T> parser;

        JsonDates(Class<T> type, Function<String, T> parser) {
            this.type = type;
            this.parser = parser;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                @SuppressWarnings("unchecked")
                T unexpected = (T) context.handleUnexpectedToken(type, parser);
                return unexpected;
            }
            String text = parser.getString();
            if (text.isBlank()) {
                return null;
            }
            try {
                return this.parser.apply(text);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, "Not an ISO date between years 1 and 9999", text, type);
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}

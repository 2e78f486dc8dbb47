package dev.camelstripe.examples;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --duration 60s} (also {@code --duration=2m}, {@code -d 90}, plain seconds). */
final class CommandLine {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");
    static final String USAGE = "Usage: ExamplesApplication [--duration <n>[s|m|h]]  (default: run until Ctrl-C)";

    private CommandLine() {
    }

    /** The duration asked for, or null to run until stopped. */
    static Duration duration(String... args) {
        Duration duration = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            if (arg.startsWith("--duration=")) {
                value = arg.substring("--duration=".length());
            } else if (arg.equals("--duration") || arg.equals("-d") || arg.equals("-duration")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value, e.g. 60s\n" + USAGE);
                }
                value = args[++i];
            } else if (arg.isBlank()) {
                continue;
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'\n" + USAGE);
            }
            duration = parse(value);
        }
        return duration;
    }

    static Duration parse(String value) {
        Matcher m = AMOUNT.matcher(value.strip().toLowerCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read duration '" + value + "', e.g. 30s, 2m, 1h\n" + USAGE);
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}

package dev.camelstripe.examples;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --duration 60s} (also {@code --duration=2m}, {@code -d 90}, plain seconds), {@code --node NAME} (one of
 * several instances) and {@code --sandbox URL} (a sandbox already running there), each also as {@code --name=value}.
 */
final class CommandLine {

    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");
    private static final Pattern NODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");
    static final String USAGE = "Usage: ExamplesApplication [--duration <n>[s|m|h]] [--node <name>] [--sandbox <url>]"
                                + "  (default: run alone until Ctrl-C, on an embedded sandbox)";

    /**
     * @param duration how long to run, null until stopped
     * @param node     this instance's name as one of several, null to run alone
     * @param sandbox  the base URL of a sandbox already running, null to start one (without STRIPE_API_KEY)
     */
    record Options(Duration duration, String node, String sandbox) {
    }

    private CommandLine() {
    }

    /** The duration asked for, or null to run until stopped. */
    static Duration duration(String... args) {
        return options(args).duration();
    }

    static Options options(String... args) {
        Duration duration = null;
        String node = null;
        String sandbox = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isBlank()) {
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!name.equals("--duration") && !name.equals("-d") && !name.equals("-duration")
                && !name.equals("--node") && !name.equals("--sandbox")) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'\n" + USAGE);
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg + " needs a value, e.g. " + example(name) + "\n" + USAGE);
            }
            switch (name) {
                case "--node" -> node = node(value);
                case "--sandbox" -> sandbox = sandbox(value);
                default -> duration = parse(value);
            }
        }
        return new Options(duration, node, sandbox);
    }

    private static String example(String name) {
        return switch (name) {
            case "--node" -> "a";
            case "--sandbox" -> "http://127.0.0.1:4242";
            default -> "60s";
        };
    }

    private static String node(String value) {
        if (!NODE.matcher(value).matches()) {
            throw new IllegalArgumentException("--node '" + value + "' must be 1 to 63 letters, digits, '-' or '_'"
                                               + " (it names this instance's folder and its cluster id)\n" + USAGE);
        }
        return value;
    }

    private static String sandbox(String value) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            throw new IllegalArgumentException("--sandbox '" + value + "' must be the sandbox's base URL, e.g."
                                               + " http://127.0.0.1:4242\n" + USAGE);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
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

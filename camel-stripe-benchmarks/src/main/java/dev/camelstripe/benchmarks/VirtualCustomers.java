package dev.camelstripe.benchmarks;

/**
 * A newest-first list of customers that exists only as arithmetic: index 0 is the newest, the id and the created
 * second are computed from the index, so 100,000 customers cost no memory on the server.
 * <p>
 * {@link #page} cuts the list the way Stripe's list endpoints do: {@code created} bounds first, then
 * {@code starting_after} gives the next older objects, {@code ending_before} the newer objects closest to the cursor,
 * both still newest first, and {@code has_more} says whether more lie beyond the page in the direction of travel.
 */
final class VirtualCustomers {

    private static final String ID_PREFIX = "cus_bench";
    private static final int ID_DIGITS = 9;
    /** The newest customer's creation second; older ones are one second apart. */
    private static final long NEWEST_CREATED = 1_760_000_000L;

    private final int size;

    VirtualCustomers(int size) {
        this.size = size;
    }

    int size() {
        return size;
    }

    static String idOf(int index) {
        String digits = Integer.toString(index);
        StringBuilder id = new StringBuilder(ID_PREFIX.length() + ID_DIGITS).append(ID_PREFIX);
        for (int pad = digits.length(); pad < ID_DIGITS; pad++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }

    static long createdOf(int index) {
        return NEWEST_CREATED - index;
    }

    /** The list index of the newest customer created at or before {@code second}, clamped to [0, size]. */
    int indexAtOrBefore(long second) {
        return (int) Math.max(0, Math.min(size, NEWEST_CREATED - second));
    }

    /** The index of an id from this list, or -1 when the id is not one of ours. */
    int indexOf(String id) {
        if (id == null || !id.startsWith(ID_PREFIX) || id.length() != ID_PREFIX.length() + ID_DIGITS) {
            return -1;
        }
        try {
            int index = Integer.parseInt(id.substring(ID_PREFIX.length()));
            return index < size ? index : -1;
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }

    /** A page: list indexes {@code [from, to)}, newest first. */
    record Page(int from, int to, boolean hasMore) {
    }

    /**
     * @param startingAfter index of the cursor, or -1
     * @param endingBefore  index of the cursor, or -1
     * @param from          the lowest index the created bounds allow (0 when unbounded)
     * @param to            one past the highest index they allow ({@link #size()} when unbounded)
     */
    Page page(int limit, int startingAfter, int endingBefore, int from, int to) {
        int end = Math.min(size, to);
        if (endingBefore >= 0) {
            int last = Math.min(end, endingBefore);
            int first = Math.max(from, last - limit);
            return first >= last ? new Page(last, last, false) : new Page(first, last, first > from);
        }
        int first = Math.max(from, startingAfter >= 0 ? startingAfter + 1 : 0);
        int last = Math.min(end, first + limit);
        return first >= last ? new Page(first, first, false) : new Page(first, last, last < end);
    }
}

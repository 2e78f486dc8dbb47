package dev.camelstripe.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import dev.camelstripe.consumer.ListSource.CursorMissingException;
import dev.camelstripe.consumer.ListSource.Page;
import dev.camelstripe.model.StripeObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of a trigger: reads a Stripe list (newest first) from a {@link PollState} and hands each new object to a
 * {@link Receiver}, oldest first, one page at a time. All of the triggers' paging and position logic, and none of
 * Camel: the receiver delivers and saves.
 * <ul>
 * <li><b>Settled objects only.</b> Stripe's lists are eventually consistent: an object can show up in a list after
 * newer ones. An object is handed over once Stripe's clock (the {@code Date} of the answer that listed it) is
 * {@code settleTime} past the end of its creation second, so an object that shows up at most that late is still
 * delivered, exactly once and in order, and no object of a second still running is. The first unsettled object ends
 * the poll; the next one starts there.</li>
 * <li><b>Forward.</b> With a cursor it asks for the objects just newer than it ({@code ending_before}), a page at a
 * time: an idle poll is one list call.</li>
 * <li><b>The oldest page.</b> Without a cursor ({@code startFrom} beginning or an instant, or the cursor object was
 * deleted) it finds the oldest page at or after the start second by searching {@code created} ranges, at most
 * {@link #SEARCH_CALLS} list calls whatever the size of the list, saving the search's progress after each call; then
 * it goes forward. A backfill of N objects costs at most {@code ceil(N / pageSize) + SEARCH_CALLS} list calls, with
 * one page in memory.</li>
 * <li><b>The next page ahead.</b> Given a prefetcher, while the receiver delivers a page that has more behind it
 * (a backfill, a burst) the walker already lists the next one, so Stripe's answer time overlaps the route's. It is
 * the same call the walker would make after the page (the page's newest object as cursor, a full page size), made
 * only when the whole page will be delivered: every object settled and the cap not reached within the next page.
 * When the delivery stops early anyway (a failed exchange, shutdown) the listed page is dropped and the next poll
 * lists it again. At most two pages are in memory.</li>
 * </ul>
 * One instance per poll; it keeps no state beyond it, and no call is in flight once {@link #walk()} returned.
 */
final class ListWalker {

    /** The most list calls a search for the oldest page makes (unless more than a page was created in one second). */
    static final int SEARCH_CALLS = 40;
    /** How much further below each search step reaches while the list goes on further down. */
    static final long GALLOP_FACTOR = 4;
    /** Walks through one crowded second that are restarted when the walk's cursor object is deleted under it. */
    static final int MAX_WALK_ATTEMPTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ListWalker.class);

    /**
     * @param maxObjects the most objects one poll delivers, 0 for no cap
     */
    record Settings(int pageSize, Duration settleTime, int maxObjects) {
    }

    /**
     * One object to deliver, with the position before and after it.
     *
     * @param after the position to save once its delivery completed
     */
    record Item(StripeObject object, Instant created, PollState before, PollState after) {
    }

    /** How a page's delivery went: how many items completed, and why the next one failed (null: it was not tried). */
    record Delivery(int completed, Throwable failure) {
    }

    /** The object a poll stopped on, how many deliveries of it failed in a row, and the last cause. */
    record Failure(String objectId, int attempts, Throwable cause) {
    }

    /** What one poll did: objects delivered, list calls made, and the failed delivery it stopped on (or null). */
    record Result(int delivered, int listCalls, Failure failure) {
    }

    /** Delivers through Camel, saves positions and says when to stop. */
    interface Receiver {

        /**
         * Delivers the items in order, saving each item's {@link Item#after() position} once its delivery completed;
         * stops at the first failed delivery, or before an item when the consumer is stopping.
         */
        Delivery deliver(List<Item> items);

        /** Saves a position reached without a delivery (a search step, a resolved start, a failure count). */
        void save(PollState position);

        /** Whether the poll may go on to another page (false while stopping). */
        boolean mayGoOn();

        /** Who is told of each list call. */
        default TriggerListener listener() {
            return TriggerListener.NONE;
        }
    }

    private final ListSource source;
    private final Function<StripeObject, Instant> createdOf;
    private final Settings settings;
    private final Clock hostClock;
    private final Receiver receiver;
    private final int cap;
    /** Runs the list call of the next page while a page is delivered; null to list each page after the last. */
    private final Executor prefetcher;

    private PollState state;
    /** The newest Date of Stripe's answers in this poll; null until one carried a Date. */
    private Instant stripeNow;
    private int delivered;
    private int listCalls;
    private Failure failure;
    /** The next page's list call, started while the current page is delivered; null when none is. */
    private Ahead ahead;

    /**
     * @param prefetcher runs the next page's list call while a page is delivered, or null to list each page after the
     *                   last one was delivered
     */
    ListWalker(ListSource source, Function<StripeObject, Instant> createdOf, Settings settings, Clock hostClock,
               Receiver receiver, PollState position, Executor prefetcher) {
        this.prefetcher = prefetcher;
        this.source = source;
        this.createdOf = createdOf;
        this.settings = settings;
        this.hostClock = hostClock;
        this.receiver = receiver;
        this.cap = settings.maxObjects() > 0 ? settings.maxObjects() : Integer.MAX_VALUE;
        this.state = position;
    }

    /** Runs the poll. Stripe's errors, other than a missing cursor, propagate: the position stays the last saved. */
    Result walk() {
        try {
            if (state.hasCursor() || deliverOldestPage()) {
                deliverNewer();
            }
        } finally {
            dropAhead();
        }
        return new Result(delivered, listCalls, failure);
    }

    /** Cursor known: the objects newer than it, page by page, until none is left, one is unsettled, or the cap. */
    private void deliverNewer() {
        while (delivered < cap && receiver.mayGoOn()) {
            Page page;
            try {
                page = listNewer(Math.min(settings.pageSize(), cap - delivered), state.cursorId());
            } catch (CursorMissingException deleted) {
                LOG.info("The last delivered object {} was deleted in Stripe; finding the position again from its"
                         + " creation second {}", deleted.cursorId(), state.cursorCreated());
                moveTo(state.cursorLost());
                if (!deliverOldestPage()) {
                    return;
                }
                continue;
            }
            if (page.data().isEmpty()) {
                return;
            }
            if (page.hasMore()) {
                listAhead(page.data());
            }
            if (!deliver(page.data()) || !page.hasMore()) {
                return;
            }
        }
    }

    /** No cursor: delivers the oldest page at or after the start second. Returns whether to go on forward. */
    private boolean deliverOldestPage() {
        OldestPage oldest = findOldestPage();
        if (oldest == null) {
            return false;
        }
        if (!oldest.wholeList()) {
            listAhead(oldest.newestFirst());
        }
        return deliver(oldest.newestFirst()) && !oldest.wholeList();
    }

    /**
     * @param wholeList the page holds every object at or after the start second that existed when it was listed
     */
    private record OldestPage(List<StripeObject> newestFirst, boolean wholeList) {
    }

    /**
     * The oldest page of the objects at or after {@code startedAt}, or null when there is none that is settled.
     * The first call lists the newest page; when more lie below, the search narrows {@code [from, below)}: it reaches
     * further down by growing steps while the list goes on ({@link #GALLOP_FACTOR}), then halves the range, within
     * {@link #SEARCH_CALLS} calls. Each probe asks for {@code created} in {@code [from, bound)}: no object moves
     * {@code from} up to the bound, a full page with more moves {@code below} down to its oldest second (plus one, for
     * the objects of that second it left out), and a page with nothing more is the oldest page.
     */
    private OldestPage findOldestPage() {
        Long start = state.startedAt();
        Page first = list(range(start, state.searchBelow()));
        if (first.data().isEmpty() && state.searchBelow() != null) {
            // where an earlier search had narrowed it down is empty now (deleted since): the rest lies above
            moveTo(state.searching(state.searchBelow(), null));
            start = state.startedAt();
            first = list(range(start, null));
        }
        List<StripeObject> newest = first.data();
        boolean more = first.hasMore();
        if (state.isStartPending()) {
            start = stripeSecondAt(state.startRequestedAt());
            LOG.debug("startFrom=now is second {} on Stripe's clock", start);
            moveTo(PollState.startingAt(start));
            int kept = atOrAfter(newest, start);
            more = more && kept == newest.size();
            newest = newest.subList(0, kept);
        }
        if (newest.isEmpty()) {
            return null;
        }
        if (!more) {
            return new OldestPage(newest, state.searchBelow() == null);
        }
        long from = start == null ? 0 : start;
        long below = createdSecond(last(newest)) + 1;
        long step = Math.max(1, createdSecond(newest.get(0)) - createdSecond(last(newest)));
        boolean reachedBottom = false;
        int calls = 1;
        moveTo(state.searching(from, below));
        while (true) {
            long top = Math.min(below, settledUpTo() + 1); // nothing newer is delivered this poll anyway
            if (top <= from) {
                return null;
            }
            if (top - from == 1) {
                return new OldestPage(oldestPageOfOneSecond(from), false);
            }
            // a step down while it leaves the halving enough calls to finish within the budget, else halve
            boolean gallop = !reachedBottom && top - step > from
                             && calls + 2 + ceilLog2(top - from) <= SEARCH_CALLS;
            long bound = gallop ? top - step : from + (top - from) / 2;
            Page probe = list(range(from, bound));
            calls++;
            if (probe.data().isEmpty()) {
                from = bound;
                reachedBottom = true;
            } else if (probe.hasMore()) {
                below = Math.min(bound, createdSecond(last(probe.data())) + 1);
                step = step > Long.MAX_VALUE / GALLOP_FACTOR ? Long.MAX_VALUE : step * GALLOP_FACTOR;
            } else {
                moveTo(state.searching(from, bound)); // found: a poll that fails on its first object asks again once
                return new OldestPage(probe.data(), false);
            }
            moveTo(state.searching(from, below));
        }
    }

    /** More than a page of objects in one second: walk that second from its newest page to its oldest. */
    private List<StripeObject> oldestPageOfOneSecond(long second) {
        for (int attempt = 1; attempt <= MAX_WALK_ATTEMPTS; attempt++) {
            try {
                Page page = list(range(second, second + 1));
                while (page.hasMore() && !page.data().isEmpty()) {
                    Map<String, Object> params = range(second, second + 1);
                    params.put("starting_after", last(page.data()).getId());
                    Page older = list(params);
                    if (older.data().isEmpty()) {
                        break;
                    }
                    page = older;
                }
                return page.data();
            } catch (CursorMissingException deletedWhileWalking) {
                LOG.debug("{} was deleted while walking second {}; walking it again", deletedWhileWalking.cursorId(),
                        second);
            }
        }
        throw new IllegalStateException("Objects kept being deleted while walking the " + settings.pageSize()
                                        + "+ objects created in second " + second + " (" + MAX_WALK_ATTEMPTS
                                        + " walks); trying again next poll");
    }

    /**
     * Hands the page's settled objects over, oldest first, passing over those already seen at the cursor second.
     * Returns whether the poll may go on to the next page.
     */
    private boolean deliver(List<StripeObject> newestFirst) {
        long settled = settledUpTo();
        int room = cap - delivered;
        List<Item> items = new ArrayList<>(Math.min(newestFirst.size(), room));
        PollState position = state;
        boolean wholePage = true;
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            StripeObject object = newestFirst.get(i);
            Instant created = createdOf.apply(object);
            long second = created.getEpochSecond();
            if (second > settled) { // the one place an object's lag behind Stripe's clock is known
                wholePage = false; // Stripe may still list objects older than this one: wait for them
                break;
            }
            if (position.alreadySeen(object.getId(), second)) {
                position = position.advancedTo(object.getId(), second);
                continue;
            }
            if (items.size() == room) {
                wholePage = false;
                break;
            }
            PollState after = position.advancedTo(object.getId(), second);
            items.add(new Item(object, created, position, after));
            position = after;
        }
        Delivery delivery = items.isEmpty() ? new Delivery(0, null) : receiver.deliver(items);
        delivered += delivery.completed();
        if (delivery.completed() < items.size()) {
            Item stopped = items.get(delivery.completed());
            state = stopped.before();
            if (delivery.failure() != null) {
                moveTo(state.failedDelivery(stopped.object().getId()));
                failure = new Failure(stopped.object().getId(), state.failedAttempts(), delivery.failure());
            }
            return false;
        }
        if (position != (items.isEmpty() ? state : items.get(items.size() - 1).after())) {
            receiver.save(position); // objects passed over after the last delivered one
        }
        state = position;
        return wholePage && delivered < cap && receiver.mayGoOn();
    }

    /** The objects just newer than the cursor: the page listed ahead when it is that one, else a list call now. */
    private Page listNewer(int limit, String cursorId) {
        Map<String, Object> params = page(limit, "ending_before", cursorId);
        Ahead next = ahead;
        ahead = null;
        if (next == null || !next.params().equals(params)) {
            dropped(next);
            return list(params);
        }
        listCalls++;
        return answered(next.page());
    }

    /**
     * Starts listing the page after {@code newestFirst} while it is delivered, when its delivery will go on to that
     * page: every object settled, and the cap leaving room for a full page after it (so the call is the one the walk
     * makes next, limit included).
     */
    private void listAhead(List<StripeObject> newestFirst) {
        if (prefetcher == null || createdSecond(newestFirst.get(0)) > settledUpTo()
            || (long) delivered + newestFirst.size() + settings.pageSize() > cap) {
            return;
        }
        Ahead next = new Ahead(page(settings.pageSize(), "ending_before", newestFirst.get(0).getId()), source);
        try {
            prefetcher.execute(next);
            ahead = next;
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Not listing the next page ahead: {}", stopping.getMessage());
        }
    }

    private void dropAhead() {
        Ahead unused = ahead;
        ahead = null;
        dropped(unused);
    }

    /** A page listed ahead that the walk does not use: its call, if made, still counts, as does its answer. */
    private void dropped(Ahead unused) {
        if (unused != null && unused.drop()) {
            listCalls++;
            unused.answered().ifPresent(this::answered);
        }
    }

    /**
     * A list call started ahead of need. Whoever claims it first makes the call: the prefetcher, or the walker when
     * it needs the page before the prefetcher got to it, so a busy prefetcher never delays a poll. A walker that
     * drops it before it started cancels it; one that drops it while it runs waits for it to end.
     */
    private static final class Ahead implements Runnable {

        private final Map<String, Object> params;
        private final ListSource source;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<Page> answer = new CompletableFuture<>();

        Ahead(Map<String, Object> params, ListSource source) {
            this.params = params;
            this.source = source;
        }

        Map<String, Object> params() {
            return params;
        }

        @Override
        public void run() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    answer.complete(source.list(params));
                } catch (RuntimeException | Error failed) {
                    answer.completeExceptionally(failed);
                }
            }
        }

        /** The page, or what its call threw, as if the call had been made here. */
        Page page() {
            if (claimed.compareAndSet(false, true)) {
                return source.list(params);
            }
            try {
                return answer.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while Stripe listed the next page", interrupted);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException stripeError) {
                    throw stripeError;
                }
                throw (Error) failed.getCause();
            }
        }

        /** Cancels the call if it has not started, else waits for it to end. Returns whether it was made. */
        boolean drop() {
            if (claimed.compareAndSet(false, true)) {
                return false;
            }
            try {
                answer.get();
            } catch (ExecutionException unused) {
                // the page is not used, so neither is its failure
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return true;
        }

        /** The page of a call that ended and answered. */
        Optional<Page> answered() {
            return answer.isDone() && !answer.isCompletedExceptionally() ? Optional.of(answer.join())
                    : Optional.empty();
        }
    }

    /** The one place a poll lists a page. */
    private Page list(Map<String, Object> params) {
        listCalls++;
        return answered(source.list(params));
    }

    /** Tells the listener of an answer and learns Stripe's clock from it. */
    private Page answered(Page page) {
        receiver.listener().listed(page.data().size(), page.stripeTime());
        Instant answered = page.stripeTime();
        if (answered != null && (stripeNow == null || answered.isAfter(stripeNow))) {
            stripeNow = answered;
        }
        return page;
    }

    private void moveTo(PollState position) {
        state = position;
        receiver.save(position);
    }

    /** Stripe's now, from its answers; the host's clock only when no answer carried a Date. */
    private Instant stripeNow() {
        return stripeNow != null ? stripeNow : hostClock.instant();
    }

    /**
     * The newest creation second that is settled: over on Stripe's clock, and {@code settleTime} past its end. An
     * object of second c was made up to a second after c, so counting from c would settle it up to a second early
     * (a settle time under a second, not at all), and a second still running may gain objects that Stripe lists
     * behind one already delivered (it documents no order within a second).
     */
    private long settledUpTo() {
        return Math.floorDiv(stripeNow().toEpochMilli() - settings.settleTime().toMillis(), 1000) - 1;
    }

    /** The second on Stripe's clock at host time {@code hostMillis}: Stripe's now minus the host time since then. */
    private long stripeSecondAt(long hostMillis) {
        long elapsed = Math.max(0, hostClock.millis() - hostMillis);
        return Math.floorDiv(stripeNow().toEpochMilli() - elapsed, 1000);
    }

    /** How many of the newest-first objects were created at or after {@code second}. */
    private int atOrAfter(List<StripeObject> newestFirst, long second) {
        int kept = 0;
        while (kept < newestFirst.size() && createdSecond(newestFirst.get(kept)) >= second) {
            kept++;
        }
        return kept;
    }

    private long createdSecond(StripeObject object) {
        return createdOf.apply(object).getEpochSecond();
    }

    private Map<String, Object> range(Long from, Long below) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", settings.pageSize());
        if (from != null || below != null) {
            Map<String, Object> created = new LinkedHashMap<>();
            if (from != null) {
                created.put("gte", from);
            }
            if (below != null) {
                created.put("lt", below);
            }
            params.put("created", created);
        }
        return params;
    }

    private static Map<String, Object> page(int limit, String cursorName, String cursorId) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", limit);
        params.put(cursorName, cursorId);
        return params;
    }

    private static StripeObject last(List<StripeObject> page) {
        return page.get(page.size() - 1);
    }

    /** The halvings that take a range of {@code width} seconds down to one second. */
    private static int ceilLog2(long width) {
        return 64 - Long.numberOfLeadingZeros(width - 1);
    }
}

package org.hashiya.uima.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.uima.cas.CAS;

/**
 * Builds the CASes of a list of articles on a thread of their own, a few articles ahead of the
 * one being written: segmenting and building take a fraction of the time serializing takes, so
 * that the writer seldom waits. Article n is built in CAS n mod ({@value #AHEAD} + 1), which the
 * writer is done with by then. One writer thread, which takes the CASes in order.
 */
final class CasesAhead implements AutoCloseable {

	/** How many articles are built ahead of the one being written. */
	static final int AHEAD = 3;
	/** How long a CAS may still take to build when the export stops. */
	private static final long STOP_TIMEOUT_SECONDS = 60;

	private final ExportCas builder;
	private final List<ExportedArticle> articles;
	private final String corpus;
	private final CAS[] cases = new CAS[AHEAD + 1];
	private final Deque<Future<CAS>> building = new ArrayDeque<>();
	private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
		Thread builderThread = new Thread(task, "Hashiya XMI export: building CASes");
		builderThread.setDaemon(true);
		return builderThread;
	});
	private int next;

	/** Starts building the first articles. */
	CasesAhead(ExportCas builder, List<ExportedArticle> articles, String corpus) throws IOException {
		this.builder = builder;
		this.articles = articles;
		this.corpus = corpus;
		for (int index = 0; index < cases.length; index++) {
			cases[index] = builder.newCas();
		}
		for (int index = 0; index < Math.min(AHEAD, articles.size()); index++) {
			submit(index);
		}
	}

	/**
	 * @return the CAS of the next article, once it is built; valid until the following call
	 * @throws IOException as building it failed
	 */
	CAS next() throws IOException {
		CAS cas = built(building.remove());
		if (next + AHEAD < articles.size()) {
			submit(next + AHEAD);
		}
		next++;
		return cas;
	}

	private void submit(int index) {
		CAS cas = cases[index % cases.length];
		building.add(thread.submit(() -> {
			builder.fill(cas, articles.get(index), corpus);
			return cas;
		}));
	}

	private static CAS built(Future<CAS> future) throws IOException {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("The export was interrupted");
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException cause) {
				throw cause;
			}
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IOException("Building a CAS failed: " + e.getCause(), e.getCause());
		}
	}

	/** Stops the building thread and waits for it, so that the builder it uses can be closed after. */
	@Override
	public void close() throws InterruptedIOException {
		thread.shutdownNow();
		try {
			thread.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("The export was interrupted");
		}
	}
}

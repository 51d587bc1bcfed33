package org.hashiya.uima.export;

import java.util.concurrent.CancellationException;

/** Follows an export article by article, and may cancel it. */
public interface ExportProgress {

	/** Follows nothing and never cancels. */
	ExportProgress NONE = new ExportProgress() {
		@Override
		public void writing(String article, int done, int total) {
			// nobody is watching
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/**
	 * Called before each article is written.
	 *
	 * @param done how many articles are written already
	 */
	void writing(String article, int done, int total);

	/** @return whether the export should stop; it then throws {@link CancellationException} */
	boolean isCanceled();

	/** Reports the next article, or stops the export if it was canceled. */
	default void next(String article, int done, int total) {
		if (isCanceled()) {
			throw new CancellationException("The export was canceled after " + done + " of " + total + " articles");
		}
		writing(article, done, total);
	}
}

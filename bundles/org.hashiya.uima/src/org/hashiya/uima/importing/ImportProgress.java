package org.hashiya.uima.importing;

/** Where an import is, and whether to stop; a workbench job passes its progress monitor through this. */
public interface ImportProgress {

	/** No one is watching, and the import runs to its end. */
	ImportProgress NONE = new ImportProgress() {
		@Override
		public void begin(String phase, int steps) {
			// nothing shows progress
		}

		@Override
		public void worked(int steps) {
			// nothing shows progress
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/** A phase (reading, checking, writing) of {@code steps} units of work begins. */
	void begin(String phase, int steps);

	void worked(int steps);

	/** @return whether to stop; a canceled import changes nothing */
	boolean isCanceled();
}

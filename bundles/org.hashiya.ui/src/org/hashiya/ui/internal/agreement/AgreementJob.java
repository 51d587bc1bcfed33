package org.hashiya.ui.internal.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.hashiya.core.agreement.AgreementStudy;
import org.hashiya.core.agreement.AgreementTable;
import org.hashiya.core.agreement.AnnotatedCorpus;

/**
 * Reads the saved work of a project's annotators and computes their agreement in the background,
 * then hands the outcome to the display thread. Files, not the workbench's models, are read: the
 * job never touches objects an editor is changing, and agreement is measured on work people saved.
 * DKPro Statistics cannot be interrupted, so a job canceled while it computes finishes the
 * computation and drops the result.
 */
final class AgreementJob extends Job {

	/** What a computation came to. */
	sealed interface Outcome {
	}

	record Computed(AgreementTable table) implements Outcome {
	}

	/** The project has the work of fewer than two annotators, so there is nothing to compare. */
	record TooFewAnnotators(List<String> annotators) implements Outcome {
	}

	/** A file could not be read; the message names it and says what is wrong. */
	record Failed(Exception error) implements Outcome {
	}

	/** Reading the files, then comparing. */
	private static final int STEPS = 2;

	private final Path project;
	private final Display display;
	private final BiConsumer<AgreementJob, Outcome> done;

	/** @param done is given this job and its outcome on {@code display}'s thread, unless the job was canceled */
	AgreementJob(Path project, Display display, BiConsumer<AgreementJob, Outcome> done) {
		super(NLS.bind(Messages.AgreementJob_name, project.getFileName()));
		this.project = project;
		this.display = display;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), STEPS);
		Outcome outcome;
		try {
			progress.subTask(Messages.AgreementJob_reading);
			AnnotatedCorpus corpus = AnnotatedCorpus.read(project);
			progress.worked(1);
			if (corpus.annotators().size() < 2) {
				outcome = new TooFewAnnotators(corpus.annotators());
			} else {
				progress.subTask(NLS.bind(Messages.AgreementJob_comparing, corpus.annotators().size(), corpus.articles().size()));
				outcome = new Computed(AgreementStudy.of(corpus));
			}
		} catch (IOException | RuntimeException e) {
			outcome = new Failed(e);
		}
		progress.done();
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Outcome result = outcome;
		if (!display.isDisposed()) {
			display.asyncExec(() -> done.accept(this, result));
		}
		// A failure is shown in the view, which also writes it to the Error Log.
		return Status.OK_STATUS;
	}
}

package org.hashiya.ui.internal.editor;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.uima.suggest.ProjectSuggestions;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;

/**
 * Trains the project's suggesters and suggests in one article, away from the UI thread; the
 * model was read into {@code context} and {@code request} before, so the job touches no EMF object.
 */
public final class SuggestJob extends Job {

	private final SuggestionContext context;
	private final ProjectSuggestions.Request request;
	private final Consumer<List<LabeledSpan>> done;

	/** @param done gets the suggestions, on the job's thread, unless the job failed or was canceled */
	public SuggestJob(String articleId, SuggestionContext context, ProjectSuggestions.Request request, Consumer<List<LabeledSpan>> done) {
		super(NLS.bind(Messages.SuggestJob_name, articleId));
		this.context = context;
		this.request = request;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		SuggestionContext cancelable = new SuggestionContext(context.labels(), context.accepted(), context.gazetteers(), monitor::isCanceled);
		try {
			done.accept(ProjectSuggestions.suggest(cancelable, request));
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return new Status(IStatus.ERROR, HashiyaUiPlugin.ID, NLS.bind(Messages.SuggestJob_failed, getName(), e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}
}

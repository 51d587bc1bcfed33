package org.hashiya.ui.internal.exporting;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.hashiya.uima.export.CorpusExport;
import org.hashiya.uima.export.ExportProgress;
import org.hashiya.uima.export.ExportSource;
import org.hashiya.uima.export.ExportedArticle;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;

/**
 * An export in the background, in two jobs: the first reads the project's saved files and checks
 * what the format loses; if something, a dialog shows the loss report and only <b>Continue</b>
 * starts the second, which writes. The question is asked without holding a job (or the UI thread)
 * waiting. A failure is shown in a dialog and written to the Error Log.
 */
public final class ExportTrainingDataJob extends Job {

	/** The family of export jobs, to wait for them. */
	public static final Object FAMILY = ExportTrainingDataJob.class;

	private final ExportRequest request;
	/** The checked export this job writes; null for the job that checks. */
	private final CorpusExport prepared;

	private ExportTrainingDataJob(ExportRequest request, CorpusExport prepared) {
		super(NLS.bind(Messages.ExportData_jobName, request.project().getFileName(), request.format().id()));
		this.request = request;
		this.prepared = prepared;
		setUser(true);
		// The job shows its own error dialog, which says what went wrong.
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	/** @return the job that checks {@code request} and writes it when nothing is lost, or asks first */
	static ExportTrainingDataJob checking(ExportRequest request) {
		return new ExportTrainingDataJob(request, null);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		CorpusExport export = prepared;
		try {
			if (export == null) {
				monitor.subTask(Messages.ExportData_checking);
				ExportSource source = ExportSource.open(request.project(), request.project());
				List<ExportedArticle> articles = source.select(request.selection());
				if (articles.isEmpty()) {
					inform(NLS.bind(Messages.ExportData_nothingToExport, source.name()));
					return Status.OK_STATUS;
				}
				export = CorpusExport.prepare(source.name(), articles, request.format(), request.xml11());
				if (!export.lossReport().isEmpty()) {
					ask(export, articles.size());
					return Status.OK_STATUS;
				}
			}
			return write(export, monitor);
		} catch (CancellationException e) {
			close(export);
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			close(export);
			return failed(e);
		}
	}

	private IStatus write(CorpusExport export, IProgressMonitor monitor) throws IOException {
		try (export) {
			SubMonitor progress = SubMonitor.convert(monitor, getName(), IProgressMonitor.UNKNOWN);
			CorpusExport.Result result = export.write(request.output(), request.zip(), new ExportProgress() {
				@Override
				public void writing(String article, int done, int total) {
					progress.setWorkRemaining(total - done);
					progress.subTask(article);
					progress.split(1);
				}

				@Override
				public boolean isCanceled() {
					return monitor.isCanceled();
				}
			});
			refreshWorkspace();
			inform(NLS.bind(result.xml11() ? Messages.ExportData_finishedXml11 : Messages.ExportData_finished,
					new Object[] { result.articles(), result.spans(), result.location() }));
			return Status.OK_STATUS;
		}
	}

	/** Shows the loss report; Continue writes in a new job, Cancel (or closing the dialog) writes nothing. */
	private void ask(CorpusExport export, int articles) {
		String message = NLS.bind(Messages.ExportData_loss, new Object[] { articles, request.format().id(), export.lossReport() });
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			Shell shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
			MessageDialog dialog = new MessageDialog(shell, Messages.ExportData_lossTitle, null, message, MessageDialog.WARNING, 1, Messages.ExportData_continue,
					Messages.ExportData_cancel) {
				private boolean answered;

				@Override
				public boolean close() {
					if (!answered) {
						answered = true;
						if (getReturnCode() == 0) {
							new ExportTrainingDataJob(request, export).schedule();
						} else {
							export.close();
						}
					}
					return super.close();
				}
			};
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
	}

	/** Lets the workspace see the files, when they went into one of its folders. */
	private void refreshWorkspace() {
		for (IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(request.output().toUri())) {
			try {
				container.refreshLocal(IResource.DEPTH_INFINITE, null);
			} catch (CoreException e) {
				HashiyaUiPlugin.log(e.getMessage(), e);
			}
		}
	}

	private static void inform(String message) {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			MessageDialog dialog = new MessageDialog(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), Messages.ExportData_finishedTitle, null,
					message, MessageDialog.INFORMATION, 0, Messages.ExportData_close);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
	}

	/** Logs the failure and shows it in a dialog (not blocking, so the job ends at once). */
	private IStatus failed(Exception error) {
		String message = NLS.bind(Messages.ExportData_failed, request.project().getFileName(), request.output());
		IStatus status = new Status(IStatus.ERROR, HashiyaUiPlugin.ID, error.getMessage(), error);
		HashiyaUiPlugin.log(message + " " + error.getMessage(), error);
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			ErrorDialog dialog = new ErrorDialog(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), Messages.ExportData_failedTitle, message,
					status, IStatus.ERROR);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
		return status;
	}

	private static void close(CorpusExport export) {
		if (export != null) {
			export.close();
		}
	}
}

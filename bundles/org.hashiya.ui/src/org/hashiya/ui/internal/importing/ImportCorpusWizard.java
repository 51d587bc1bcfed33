package org.hashiya.ui.internal.importing;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;

/**
 * File › Import › Hashiya › Corpus into an Annotation Project: the headless import of
 * {@link org.hashiya.uima.importing.CorpusImport}, run as a background job.
 */
public final class ImportCorpusWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private ImportCorpusPage page;

	@Override
	public void init(IWorkbench currentWorkbench, IStructuredSelection selection) {
		this.workbench = currentWorkbench;
		setWindowTitle(Messages.ImportCorpus_windowTitle);
		setNeedsProgressMonitor(false);
		Optional<IProject> selected = Optional.ofNullable(selection).map(IStructuredSelection::getFirstElement)
				.map(element -> element instanceof IResource resource ? resource.getProject() : null);
		page = new ImportCorpusPage(selected);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/**
	 * Starts the import, unless an article of the target project is open: its editor holds the
	 * project as it was, and saving it would write over what the import added.
	 */
	@Override
	public boolean performFinish() {
		IProject project = page.target();
		if (!page.isNewProject() && hasOpenArticles(project)) {
			page.setErrorMessage(NLS.bind(Messages.ImportCorpus_closeArticles, project.getName()));
			return false;
		}
		new ImportCorpusJob(page.request(), project, page.isNewProject()).schedule();
		return true;
	}

	private boolean hasOpenArticles(IProject project) {
		return Arrays.stream(workbench.getWorkbenchWindows()).flatMap(window -> Arrays.stream(window.getPages()))
				.flatMap(workbenchPage -> Arrays.stream(workbenchPage.getEditorReferences())).anyMatch(editor -> isIn(editor, project));
	}

	private static boolean isIn(IEditorReference editor, IProject project) {
		try {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			return file != null && project.equals(file.getProject());
		} catch (PartInitException e) {
			HashiyaUiPlugin.log(e.getMessage(), e);
			return false;
		}
	}
}

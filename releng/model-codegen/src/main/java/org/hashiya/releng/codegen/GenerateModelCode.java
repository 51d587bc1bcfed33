package org.hashiya.releng.codegen;

import java.io.File;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model code of bundle org.hashiya.model from its model/hashiya.genmodel with EMF's own generator,
 * outside Eclipse: what "Generate Model Code" does in the GenModel editor.
 *
 * <p>The genmodel is first reconciled with the .ecore, as the editor does on opening, and saved back, so that it lists
 * the current genClasses, genFeatures and genEnums. The generator merges into existing Java files, keeping methods
 * marked {@code @generated NOT}. It also merges plugin.xml and plugin.properties and writes build.properties if it is
 * missing; the bundle's hand-written files already hold everything it would add, so they come out unchanged.
 */
public final class GenerateModelCode {

	private static final String BUNDLE = "org.hashiya.model";

	private static final String GENMODEL = "model/hashiya.genmodel";

	private GenerateModelCode() {
	}

	/**
	 * @param args the folder of the org.hashiya.model bundle
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("Expected one argument, the folder of the " + BUNDLE + " bundle");
		}
		File bundle = new File(args[0]).getCanonicalFile();
		if (!new File(bundle, GENMODEL).isFile()) {
			throw new IllegalArgumentException(bundle + " has no " + GENMODEL);
		}

		ResourceSet resourceSet = createResourceSet(bundle);
		Resource resource = resourceSet.getResource(URI.createPlatformResourceURI("/" + BUNDLE + "/" + GENMODEL, true), true);
		GenModel genModel = (GenModel)resource.getContents().get(0);

		genModel.reconcile();
		genModel.setCanGenerate(true);
		check("The genmodel", genModel.diagnose());
		resource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));

		Generator generator = new Generator();
		// In Eclipse the adapter factory comes from the generatorAdapters extension point, which is not read here.
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		check("Generating the model code", generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor.Printing(System.out)));
	}

	/**
	 * The genmodel refers to its .ecore and to its output folder as in a workspace, by platform:/resource/org.hashiya.model/
	 * URIs; the URI map sends those to the bundle's folder, and the generator reads and writes through the same map.
	 */
	private static ResourceSet createResourceSet(File bundle) {
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resourceSet.getURIConverter().getURIMap().put(
			URI.createPlatformResourceURI("/" + BUNDLE + "/", true),
			URI.createFileURI(bundle.getPath() + File.separator));
		return resourceSet;
	}

	/**
	 * Prints warnings and fails on errors: an error in the genmodel stops the run before any file is written, and one
	 * while generating fails the Maven run instead of passing unnoticed.
	 */
	private static void check(String step, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() == Diagnostic.OK) {
			return;
		}
		System.err.println(step + ": " + diagnostic);
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException(step + " failed: " + diagnostic.getMessage());
		}
	}
}

/**
 */
package org.hashiya.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.hashiya.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HashiyaFactoryImpl extends EFactoryImpl implements HashiyaFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static HashiyaFactory init() {
		try {
			HashiyaFactory theHashiyaFactory = (HashiyaFactory)EPackage.Registry.INSTANCE.getEFactory(HashiyaPackage.eNS_URI);
			if (theHashiyaFactory != null) {
				return theHashiyaFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new HashiyaFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HashiyaFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case HashiyaPackage.ANNOTATION_PROJECT: return createAnnotationProject();
			case HashiyaPackage.ARTICLE: return createArticle();
			case HashiyaPackage.LABEL_SET: return createLabelSet();
			case HashiyaPackage.LABEL: return createLabel();
			case HashiyaPackage.ANNOTATOR: return createAnnotator();
			case HashiyaPackage.ANNOTATION_SET: return createAnnotationSet();
			case HashiyaPackage.SPAN: return createSpan();
			case HashiyaPackage.SUGGESTION: return createSuggestion();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case HashiyaPackage.ANNOTATION_STATUS:
				return createAnnotationStatusFromString(eDataType, initialValue);
			case HashiyaPackage.SPAN_ORIGIN:
				return createSpanOriginFromString(eDataType, initialValue);
			case HashiyaPackage.SUGGESTION_STATE:
				return createSuggestionStateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case HashiyaPackage.ANNOTATION_STATUS:
				return convertAnnotationStatusToString(eDataType, instanceValue);
			case HashiyaPackage.SPAN_ORIGIN:
				return convertSpanOriginToString(eDataType, instanceValue);
			case HashiyaPackage.SUGGESTION_STATE:
				return convertSuggestionStateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationProject createAnnotationProject() {
		AnnotationProjectImpl annotationProject = new AnnotationProjectImpl();
		return annotationProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article createArticle() {
		ArticleImpl article = new ArticleImpl();
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSet createLabelSet() {
		LabelSetImpl labelSet = new LabelSetImpl();
		return labelSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Label createLabel() {
		LabelImpl label = new LabelImpl();
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotator createAnnotator() {
		AnnotatorImpl annotator = new AnnotatorImpl();
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationSet createAnnotationSet() {
		AnnotationSetImpl annotationSet = new AnnotationSetImpl();
		return annotationSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Span createSpan() {
		SpanImpl span = new SpanImpl();
		return span;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Suggestion createSuggestion() {
		SuggestionImpl suggestion = new SuggestionImpl();
		return suggestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnnotationStatus createAnnotationStatusFromString(EDataType eDataType, String initialValue) {
		AnnotationStatus result = AnnotationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnnotationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpanOrigin createSpanOriginFromString(EDataType eDataType, String initialValue) {
		SpanOrigin result = SpanOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpanOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SuggestionState createSuggestionStateFromString(EDataType eDataType, String initialValue) {
		SuggestionState result = SuggestionState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSuggestionStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HashiyaPackage getHashiyaPackage() {
		return (HashiyaPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static HashiyaPackage getPackage() {
		return HashiyaPackage.eINSTANCE;
	}

} //HashiyaFactoryImpl

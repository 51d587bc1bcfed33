/**
 */
package org.hashiya.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Suggestion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hashiya.model.Suggestion#getScore <em>Score</em>}</li>
 *   <li>{@link org.hashiya.model.Suggestion#getSource <em>Source</em>}</li>
 *   <li>{@link org.hashiya.model.Suggestion#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.hashiya.model.HashiyaPackage#getSuggestion()
 * @model
 * @generated
 */
public interface Suggestion extends TextRegion {
	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.hashiya.model.HashiyaPackage#getSuggestion_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Suggestion#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The suggester that proposed it, e.g. "gazetteer".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.hashiya.model.HashiyaPackage#getSuggestion_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Suggestion#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hashiya.model.SuggestionState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.hashiya.model.SuggestionState
	 * @see #setState(SuggestionState)
	 * @see org.hashiya.model.HashiyaPackage#getSuggestion_State()
	 * @model
	 * @generated
	 */
	SuggestionState getState();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Suggestion#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.hashiya.model.SuggestionState
	 * @see #getState()
	 * @generated
	 */
	void setState(SuggestionState value);

} // Suggestion

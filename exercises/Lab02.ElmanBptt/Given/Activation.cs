namespace RnnKata.Lab02;

/// <summary>The hidden layer's activation function <c>f</c> (chapter 2, "The Elman network").</summary>
public enum Activation
{
    /// <summary><c>f(a) = tanh a</c>, range (−1, 1); <c>f′ = 1 − h²</c> where <c>h = f(a)</c>.</summary>
    Tanh,

    /// <summary><c>f(a) = max(0, a)</c>; <c>f′ = 1</c> where <c>h &gt; 0</c>, else 0.</summary>
    Relu,

    /// <summary><c>f(a) = a</c> (Keras's "linear" activation); <c>f′ = 1</c>.</summary>
    Identity,
}

namespace Roundtable.Engine.Knowledge;

/// <summary>Counts the tokens a text costs a language model, so chunks can be sized in tokens.</summary>
public interface ITokenCounter
{
    /// <summary>Returns the number of tokens in <paramref name="text"/>.</summary>
    int CountTokens(string text);
}

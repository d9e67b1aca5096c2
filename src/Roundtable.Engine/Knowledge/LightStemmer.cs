namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Strips plural, -ed and -ing endings with steps 1a, 1b and 1c of Porter's algorithm, plus its
/// final-e rule (step 5a) so that "charge", "charges" and "charged" meet. The later Porter steps
/// (-ational, -ness, ...) are left out: they merge words a knowledge base wants kept apart.
/// </summary>
internal static class LightStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var stem = StripPlural(word);
        stem = StripEdIng(stem);
        stem = YToI(stem);
        return DropFinalE(stem);
    }

    // Step 1a. A bare "s" is kept on words of three letters ("gas", "bus") so short words survive.
    private static string StripPlural(string word) => word switch
    {
        _ when word.EndsWith("sses", StringComparison.Ordinal) => word[..^2],
        _ when word.EndsWith("ies", StringComparison.Ordinal) => word[..^2],
        _ when word.EndsWith("ss", StringComparison.Ordinal) => word,
        _ when word.EndsWith('s') && word.Length > 3 => word[..^1],
        _ => word,
    };

    // Step 1b.
    private static string StripEdIng(string word)
    {
        if (word.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(word[..^3]) > 0 ? word[..^1] : word;
        }

        string stem;
        if (word.EndsWith("ed", StringComparison.Ordinal) && HasVowel(word[..^2]))
        {
            stem = word[..^2];
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal) && HasVowel(word[..^3]))
        {
            stem = word[..^3];
        }
        else
        {
            return word;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (EndsWithDoubleConsonant(stem) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return Measure(stem) == 1 && EndsConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    // Step 1c.
    private static string YToI(string word) =>
        word.EndsWith('y') && HasVowel(word[..^1]) ? word[..^1] + "i" : word;

    // Step 5a.
    private static string DropFinalE(string word)
    {
        if (!word.EndsWith('e'))
        {
            return word;
        }

        var stem = word[..^1];
        var measure = Measure(stem);
        return measure > 1 || (measure == 1 && !EndsConsonantVowelConsonant(stem)) ? stem : word;
    }

    private static bool IsConsonant(string word, int i) => word[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(word, i - 1),
        _ => true,
    };

    /// <summary>Porter's m: the number of vowel-consonant sequences in [C](VC)^m[V].</summary>
    private static int Measure(string stem)
    {
        var measure = 0;
        var previousWasVowel = false;
        for (var i = 0; i < stem.Length; i++)
        {
            var vowel = !IsConsonant(stem, i);
            if (previousWasVowel && !vowel)
            {
                measure++;
            }

            previousWasVowel = vowel;
        }

        return measure;
    }

    private static bool HasVowel(string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    /// <summary>Porter's *o: consonant-vowel-consonant at the end, the last not w, x or y ("hop", not "bow").</summary>
    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3
        && IsConsonant(word, word.Length - 3)
        && !IsConsonant(word, word.Length - 2)
        && IsConsonant(word, word.Length - 1)
        && word[^1] is not ('w' or 'x' or 'y');
}

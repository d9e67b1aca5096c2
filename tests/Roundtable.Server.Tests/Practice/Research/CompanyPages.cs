namespace Roundtable.Server.Tests.Practice.Research;

/// <summary>The HTML of the test company's site.</summary>
internal static class CompanyPages
{
    public const string Home = """
        <!doctype html>
        <html><head>
          <title>Acme Rockets | Launch faster</title>
          <meta name="description" content="Acme Rockets builds launch scheduling software for small satellite operators.">
          <meta property="og:site_name" content="Acme Rockets">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Acme Rockets Inc.",
           "address":{"@type":"PostalAddress","addressLocality":"Austin","addressRegion":"TX","addressCountry":"US"},
           "numberOfEmployees":{"@type":"QuantitativeValue","minValue":200,"maxValue":500},
           "foundingDate":"2012","industry":"Aerospace software","knowsAbout":["launch scheduling","orbital logistics"]}]}
          </script>
          <script src="https://www.googletagmanager.com/gtm.js?id=GTM-TEST"></script>
          <script src="//js.hs-scripts.com/123.js"></script>
          <script src="https://js.stripe.com/v3/"></script>
        </head><body>
          <nav><a href="/about">About us</a> <a href="/careers">Careers</a> <a href="/blog">Blog</a>
               <a href="https://twitter.com/acmerockets">Twitter</a> <a href="#top">Top</a></nav>
          <h1>Launch faster</h1>
          <script id="__NEXT_DATA__" type="application/json">{"props":{}}</script>
        </body></html>
        """;

    public const string About = """
        <html><head><title>About Acme Rockets</title></head><body>
          <h1>About us</h1>
          <p>Founded in 2012 in Austin, Acme Rockets serves 140 satellite operators.</p>
          <a href="/careers">Join us</a>
        </body></html>
        """;

    public const string Careers = """
        <html><head><title>Careers at Acme Rockets</title>
          <script type="application/ld+json">
          [{"@context":"https://schema.org","@type":"JobPosting","title":"Senior Rust Engineer","hiringOrganization":{"@type":"Organization","name":"Acme Rockets"}}]
          </script>
        </head><body>
          <h1>Careers</h1>
          <p>We have 3 open positions.</p>
          <ul class="job-list">
            <li><h3>Senior Rust Engineer</h3><a href="/careers/rust">Apply</a></li>
            <li><h3>Account Executive, EMEA</h3><a href="/careers/ae">Apply</a></li>
            <li><h3>Mission Operations Lead</h3><a href="/careers/ops">Apply</a></li>
          </ul>
        </body></html>
        """;

    public const string Blog = """
        <html><head><title>Acme Rockets Blog</title></head><body>
          <article><h2>Acme Rockets raises Series B to expand in Europe</h2><p>...</p><a href="/blog/series-b">Read more</a></article>
          <article><h2>Launch windows, explained</h2><p>...</p></article>
        </body></html>
        """;
}

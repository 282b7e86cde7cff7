export interface Config {
  conferenceLearnings?: {
    /**
     * How the frontend renders Markdown that users and imported schedules wrote
     * (talk abstracts, learnings).
     */
    markdown?: {
      /**
       * Host names whose images a reader's browser may load. An exact host name
       * (`images.example.com`) or every subdomain of one (`*.example.com`, which
       * does not match `example.com` itself); the port is ignored. Any other
       * image is shown as a link with its URL, never loaded, so that Markdown
       * cannot make every reader request a URL (a tracking pixel, an internal
       * address). Default: none.
       * @visibility frontend
       */
      allowedImageHosts?: string[];
    };
  };
}

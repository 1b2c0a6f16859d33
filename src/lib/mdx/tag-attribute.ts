// Reading a component's attributes from MDX source text, for the audits that run on the text itself (the balance
// audit reads each <Claims> group); pages read the parsed outline instead (remark-outline.ts).

/** The value of attribute `name` written in an opening tag, or '' when absent. */
export const tagAttribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined) ?? '';

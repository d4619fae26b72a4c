-- Cache-busting load: every request a URL never seen before, over every kind of page, some with a made-up Host.
counter = 0
local paths = {
  "/?bust=", "/search?q=w", "/people?x=", "/api/search?q=w", "/articles/sadiq-khan-re-elected-mayor-of-london-after-narrower-than-expected-victory-over?x=",
  "/feed.atom?x=", "/api/people?x=", "/people/sadiq-khan?x=", "/search?q=khan&x=", "/elections?x=", "/api/people/suggest?q=s", "/sitemap.xml?x=",
}
request = function()
  counter = counter + 1
  local p = paths[(counter % #paths) + 1] .. counter .. "z" .. math.random(1, 1000000000)
  if counter % 5 == 0 then
    return wrk.format("GET", p, { ["Host"] = "h" .. counter .. ".example" })
  end
  return wrk.format("GET", p)
end

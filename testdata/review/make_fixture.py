# Writes fixture.jsonl and rejects.jsonl: hand-made records (contract v1)
# for review tests. Spans are code points, found with str.index, so they are
# right by construction; the Go tests also assert the page reports no span
# problem. Run from the repository root: python3 testdata/review/make_fixture.py
import json, hashlib
out=[]
def find(t, s, nth=0):
    i=-1
    for _ in range(nth+1):
        i=t.index(s, i+1)
    return [i, i+len(s)]
def m(t, s, nth=0): return {"text": s, "span": find(t, s, nth)}
def doc(id, t):
    out.append({"type":"document","doc":id,"source":id,"format":"text","sha256":hashlib.sha256(t.encode()).hexdigest(),"title":t.split("\n")[0],"text":t,"chars":len(t),"warnings":[]})
# 1: non-BMP characters before every mention, overlap and nesting
t1=("Field note \U0001D49C draft \U0001F600 on observers\n\n"
    "In March 2009, Japan sent two or three liaison officers to the United Nations Mission in the Sudan (UNMIS) in Juba. "
    "A total of 6 staff officers served with UNMIS until 2011. Their posts rotated in June of that year.\n")
id1="fixture/unicode.txt"
doc(id1,t1)
def date(t,id,s,kind,value,start,end,gran):
    out.append({"type":"date","doc":id,"text":s,"span":find(t,s),"kind":kind,"value":value,"start":start,"end":end,"granularity":gran,"relative":False,"anchor":None})
date(t1,id1,"March 2009","point","2009-03","2009-03-01","2009-03-31","month")
recs=[]
recs.append({"type":"count","doc":id1,"text":"two or three liaison officers","span":find(t1,"two or three liaison officers"),"min":2,"max":3,"approximate":False,"aggregate":False,"noun":"liaison officers","role":"liaison and coordination personnel"})
recs.append({"type":"role","doc":id1,"name":"liaison and coordination personnel","category":"liaison","mentions":[m(t1,"liaison officers")]})
recs.append({"type":"organization","doc":id1,"id":"un.unmis","name":"United Nations Mission in the Sudan","acronym":"UNMIS","category":"un-mission","mentions":[m(t1,"United Nations Mission in the Sudan"),m(t1,"UNMIS"),m(t1,"UNMIS",1)]})
recs.append({"type":"location","doc":id1,"name":"Juba","kind":"place","country":"SSD","mentions":[m(t1,"Juba")]})
recs.append({"type":"location","doc":id1,"name":"Sudan","kind":"country","country":"SDN","mentions":[m(t1,"Sudan")]})
recs.append({"type":"count","doc":id1,"text":"A total of 6 staff officers","span":find(t1,"A total of 6 staff officers"),"min":6,"max":6,"approximate":False,"aggregate":True,"noun":"staff officers","role":"staff officer"})
recs.append({"type":"role","doc":id1,"name":"staff officer","category":"staff-officer","mentions":[m(t1,"staff officers")]})
out.append({"type":"date","doc":id1,"text":"until 2011","span":find(t1,"until 2011"),"kind":"open","value":"../2011","start":None,"end":"2011-12-31","granularity":"year","relative":False,"anchor":None})
out.append({"type":"date","doc":id1,"text":"in June of that year","span":find(t1,"in June of that year"),"kind":"point","value":"2011-06","start":"2011-06-01","end":"2011-06-30","granularity":"month","relative":True,"anchor":m(t1,"until 2011")})
def first(r): return r["span"][0] if "span" in r else r["mentions"][0]["span"][0]
# contract order: mentions by start of first span
ms=[r for r in out if r["type"]!="document"]+recs
out=[out[0]]+sorted(ms,key=lambda r:(first(r),))
ev1=m(t1,"In March 2009, Japan sent two or three liaison officers to the United Nations Mission in the Sudan (UNMIS) in Juba.")
out.append({"type":"deployment","doc":id1,"contributor":"Japan","mission":"un.unmis","role":"liaison and coordination personnel","min":2,"max":3,"start":"2009-03-01","end":None,"location":"Juba","evidence":ev1})
ev2=m(t1,"A total of 6 staff officers served with UNMIS until 2011.")
out.append({"type":"deployment","doc":id1,"contributor":None,"mission":"un.unmis","role":"staff officer","min":6,"max":6,"start":None,"end":"2011-12-31","location":None,"evidence":ev2})
# 2: hostile text
t2=("Untrusted <script>alert(1)</script> page </script><!-- <img src=x onerror=alert(2)> & \"quotes\" \u2028"
    "In May 2010 two police officers went to Dili.\n")
id2="fixture/<b>hostile</b>.txt"
doc(id2,t2)
date(t2,id2,"May 2010","point","2010-05","2010-05-01","2010-05-31","month")
out.append({"type":"count","doc":id2,"text":"two police officers","span":find(t2,"two police officers"),"min":2,"max":2,"approximate":False,"aggregate":False,"noun":"police officers","role":"civilian police officer"})
out.append({"type":"role","doc":id2,"name":"civilian police officer","category":"police","mentions":[m(t2,"police officers")]})
out.append({"type":"location","doc":id2,"name":"Dili</script>","kind":"place","country":"TLS","mentions":[m(t2,"Dili")]})
# 3: nothing found
t3="A note with no dates or people in it.\n"
doc("fixture/empty.txt",t3)
with open("testdata/review/fixture.jsonl","w") as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
with open("testdata/review/rejects.jsonl","w") as f:
    f.write(json.dumps({"type":"error","doc":"fixture/broken.html","source":"fixture/broken.html","stage":"decode","error":"cannot decode <script>alert(3)</script>: not UTF-8"})+"\n")
